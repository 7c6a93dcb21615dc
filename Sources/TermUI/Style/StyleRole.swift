/// What a piece of the screen *is*, not what colour it has.
///
/// Widgets and screens tag cells with a role; a theme (chosen per terminal and per
/// projector) maps roles to colours and attributes. So the same screen works in 256
/// colours, in 8, and in monochrome, and a user's theme file can recolour everything by
/// naming these roles (the raw values are the names used in theme files and in styled
/// text dumps).
public enum StyleRole: String, Sendable, Hashable, CaseIterable {
    /// Ordinary text: the default for every cell.
    case text
    /// Panel and screen titles.
    case title
    /// Panel borders and rules.
    case border
    /// The border of the panel that has the keyboard focus (`Tab` moves it).
    case focusedBorder = "focused_border"
    /// Secondary information: units, dates, hints, empty parts of bars.
    case muted
    /// Table column headers.
    case header
    /// The footer line and other status text.
    case footer
    /// The selected row or item; themes usually add reverse video.
    case selection
    /// An objective or indicator that meets its target.
    case met
    /// Close to missing its target (within the margin).
    case atRisk = "at_risk"
    /// Missing its target.
    case offTrack = "off_track"
    /// No figure reported: distinct from zero.
    case noData = "no_data"
    /// Highlights that are neither good nor bad news: bars, focus, links.
    case accent
    /// Needs attention soon (due shortly, stale data).
    case warning
    /// Something is wrong (overdue, failed, invalid).
    case error
    /// The key part of a key hint (`q` in `q Quit`).
    case keyHint = "key_hint"
    /// Headline numbers drawn large for a projector.
    case bigNumber = "big_number"
}
