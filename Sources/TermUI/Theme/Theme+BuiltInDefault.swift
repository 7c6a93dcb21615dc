// Generated from Themes/default.theme; ThemeTests checks that the two stay identical.

extension Theme {
    /// The text of `Themes/default.theme`, compiled in so a binary copied without its
    /// `Themes/` folder still has a theme, and a starting point a command can print for
    /// users to edit.
    public static let builtInDefaultText = #"""
    # isodash theme — default: dark, for a terminal with a dark background
    #
    # Format: one `key = "value"` per line; `#` starts a comment; blank lines are ignored.
    #   name, description     what the theme is called and what it is for
    #   ROLE.fg, ROLE.bg      "#RRGGBB", or "" for the terminal's own colour. A 256-colour
    #                         terminal shows the nearest xterm colour, an 8-colour one the
    #                         nearest of the eight ANSI colours.
    #   ROLE.attrs            attributes drawn with the colours: any of bold dim reverse
    #                         underline italic, separated by spaces, or "" for none
    #   ROLE.mono             attributes drawn instead when the terminal has no colour
    #                         (NO_COLOR, TERM=dumb): keep status roles distinguishable
    # A key left out keeps the built-in default theme's value; each key may appear once.
    # To make your own: copy this file to ~/.config/isodash/themes/NAME.theme
    # ($XDG_CONFIG_HOME/isodash/themes), change `name`, and choose it by NAME.

    name        = "default"
    description = "Dark: soft colours on the terminal's own background"

    # Ordinary text: every cell that has no other role.
    text.fg    = ""
    text.bg    = ""
    text.attrs = ""
    text.mono  = ""

    # Panel and screen titles.
    title.fg    = "#FFD75F"
    title.bg    = ""
    title.attrs = "bold"
    title.mono  = "bold"

    # Panel borders and rules.
    border.fg    = "#5F87AF"
    border.bg    = ""
    border.attrs = ""
    border.mono  = ""

    # The border of the panel that has the keyboard focus (Tab moves it).
    focused_border.fg    = "#87D7FF"
    focused_border.bg    = ""
    focused_border.attrs = "bold"
    focused_border.mono  = "bold"

    # Secondary information: units, dates, hints, empty parts of bars.
    muted.fg    = "#8A8A8A"
    muted.bg    = ""
    muted.attrs = ""
    muted.mono  = "dim"

    # Table column headers.
    header.fg    = "#AFD7FF"
    header.bg    = ""
    header.attrs = "bold"
    header.mono  = "bold underline"

    # The footer line and other status text.
    footer.fg    = "#D0D0D0"
    footer.bg    = "#303030"
    footer.attrs = ""
    footer.mono  = ""

    # The selected row or item.
    selection.fg    = "#FFFFFF"
    selection.bg    = "#005FD7"
    selection.attrs = "bold"
    selection.mono  = "bold reverse"

    # An objective or indicator that meets its target.
    met.fg    = "#5FD75F"
    met.bg    = ""
    met.attrs = ""
    met.mono  = "bold"

    # Close to missing its target.
    at_risk.fg    = "#FFAF00"
    at_risk.bg    = ""
    at_risk.attrs = ""
    at_risk.mono  = "underline"

    # Missing its target.
    off_track.fg    = "#FF5F5F"
    off_track.bg    = ""
    off_track.attrs = "bold"
    off_track.mono  = "bold reverse"

    # No figure reported (distinct from zero).
    no_data.fg    = "#A8A8A8"
    no_data.bg    = ""
    no_data.attrs = ""
    no_data.mono  = "dim"

    # Highlights that are neither good nor bad news: bars, focus, links.
    accent.fg    = "#5FAFFF"
    accent.bg    = ""
    accent.attrs = ""
    accent.mono  = ""

    # Needs attention soon: due shortly, stale data.
    warning.fg    = "#FFD700"
    warning.bg    = ""
    warning.attrs = ""
    warning.mono  = "underline"

    # Something is wrong: overdue, failed, invalid.
    error.fg    = "#FF5F5F"
    error.bg    = ""
    error.attrs = "bold"
    error.mono  = "bold reverse"

    # The key in a key hint (`q` in `q Quit`).
    key_hint.fg    = "#000000"
    key_hint.bg    = "#5FAFD7"
    key_hint.attrs = "bold"
    key_hint.mono  = "bold reverse"

    # Headline numbers drawn large.
    big_number.fg    = "#FFFFFF"
    big_number.bg    = ""
    big_number.attrs = "bold"
    big_number.mono  = "bold"

    """#
}
