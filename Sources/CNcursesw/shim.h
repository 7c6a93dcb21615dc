// ncursesw for Swift. Only TermUINcurses imports this module.
//
// Swift cannot import function-like macros (A_BOLD is NCURSES_BITS(1,13),
// getmaxyx writes to its arguments), the WACS_* line-drawing tables (macros
// over an extern array), nor mutable C globals under Swift 6 strict
// concurrency (stdscr, COLORS, COLOR_PAIRS). This header wraps each of them
// in a small static inline function.
#ifndef ISODASH_CNCURSESW_SHIM_H
#define ISODASH_CNCURSESW_SHIM_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <ncurses.h>

// Attributes.
static inline attr_t isodash_a_normal(void) { return A_NORMAL; }
static inline attr_t isodash_a_bold(void) { return A_BOLD; }
static inline attr_t isodash_a_dim(void) { return A_DIM; }
static inline attr_t isodash_a_reverse(void) { return A_REVERSE; }
static inline attr_t isodash_a_underline(void) { return A_UNDERLINE; }
static inline attr_t isodash_a_standout(void) { return A_STANDOUT; }
static inline attr_t isodash_a_italic(void) { return A_ITALIC; }

// Globals.
static inline WINDOW *isodash_stdscr(void) { return stdscr; }
static inline int isodash_colors(void) { return COLORS; }
static inline int isodash_color_pairs(void) { return COLOR_PAIRS; }
static inline int isodash_lines(void) { return LINES; }
static inline int isodash_cols(void) { return COLS; }

// Size of a window.
static inline int isodash_getmaxy(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)x; return y; }
static inline int isodash_getmaxx(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)y; return x; }

// Key codes that are macros.
static inline int isodash_key_resize(void) { return KEY_RESIZE; }
static inline int isodash_key_code_yes(void) { return KEY_CODE_YES; }

// Line drawing, wide (WACS_*) and narrow (ACS_*).
static inline const cchar_t *isodash_wacs_hline(void) { return WACS_HLINE; }
static inline const cchar_t *isodash_wacs_vline(void) { return WACS_VLINE; }
static inline const cchar_t *isodash_wacs_ulcorner(void) { return WACS_ULCORNER; }
static inline const cchar_t *isodash_wacs_urcorner(void) { return WACS_URCORNER; }
static inline const cchar_t *isodash_wacs_llcorner(void) { return WACS_LLCORNER; }
static inline const cchar_t *isodash_wacs_lrcorner(void) { return WACS_LRCORNER; }
static inline chtype isodash_acs_hline(void) { return ACS_HLINE; }
static inline chtype isodash_acs_vline(void) { return ACS_VLINE; }

// Put one cell: the character cluster as a wide string (a base character and
// its combining marks), with attributes and a colour pair.
static inline int isodash_put_cell(WINDOW *w, int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, wch, attrs, pair, NULL) != OK) return ERR;
    return mvwadd_wch(w, y, x, &cell);
}

#endif
