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

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
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

// ---------------------------------------------------------------------------
// Added for TermUINcurses. Everything below keeps state in `static` variables,
// which exist once per object file that uses them: call these only from
// Sources/TermUINcurses/Curses.swift (the one Swift file that calls C).

// A new screen on stdout/stdin (Swift 6 cannot touch the `stdout` global).
// Unlike initscr, newterm returns NULL for an unknown TERM instead of exiting.
static inline SCREEN *isodash_newterm(void) { return newterm(NULL, stdout, stdin); }

// Whether the terminal can move its cursor (TERM=dumb cannot: no full screen).
static inline int isodash_can_move_cursor(void) {
    char *value = tigetstr("cup");
    return value != NULL && value != (char *)-1;
}

// Whether the terminal has an alternate screen that endwin leaves (smcup).
static inline int isodash_has_alternate_screen(void) {
    char *value = tigetstr("smcup");
    return value != NULL && value != (char *)-1;
}

// The codeset of the current locale: "UTF-8", "ANSI_X3.4-1968", ...
static inline const char *isodash_codeset(void) { return nl_langinfo(CODESET); }

// The first key code of the function keys (KEY_F(n) is a function-like macro).
static inline int isodash_key_f0(void) { return KEY_F0; }

// True when the terminal behind `fd` is gone (SSH dropped): reads then fail at
// once instead of waiting, so the caller must stop polling.
static inline int isodash_input_hung_up(int fd) {
    struct pollfd p = { .fd = fd, .events = POLLIN, .revents = 0 };
    if (poll(&p, 1, 0) < 0) return 0;
    return (p.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}

// Draws one cell like isodash_put_cell, drawing '?' when the cluster cannot be
// a cell (a lone combining mark, more marks than CCHARW_MAX).
static inline void isodash_draw_cell(WINDOW *w, int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    static const wchar_t question[] = { L'?', 0 };
    cchar_t cell;
    if (setcchar(&cell, wch, attrs, pair, NULL) != OK && setcchar(&cell, question, attrs, pair, NULL) != OK) return;
    (void)mvwadd_wch(w, y, x, &cell);
}

// Signals -------------------------------------------------------------------
//
// SIGINT, SIGTERM, SIGHUP only raise a flag the event loop polls (wget_wch
// times out every 250 ms), so the dashboard restores the terminal and exits 0
// from normal code. A second one while the flag is still set (the loop is
// stuck) is treated like a crash signal, so Ctrl-C twice always gets out.
// SIGQUIT and the signals a crash raises (Swift traps are SIGILL or SIGTRAP)
// restore the terminal with endwin() (not async-signal-safe in theory; every
// curses program does it), write out the held stderr, let the handler that
// was there before report (the Swift runtime's backtracer), and then end the
// process as the signal's default action says.

#define ISODASH_SIGNAL_COUNT 10

// All signal state, in a function-local static (Swift emits those with the
// function; file-scope static arrays in a header are not reliably emitted).
struct isodash_signal_state {
    volatile sig_atomic_t quit_flag;
    volatile sig_atomic_t quit_signo;
    volatile sig_atomic_t screen_on;
    int handlers_installed;
    int atexit_registered;
    volatile sig_atomic_t capturing;
    int capture_fd;
    int saved_stderr;
    int replaced[ISODASH_SIGNAL_COUNT];
    struct sigaction previous[ISODASH_SIGNAL_COUNT];
};

static inline struct isodash_signal_state *isodash_signals_state(void) {
    static struct isodash_signal_state state;
    return &state;
}

static inline int isodash_signal_at(int i) {
    switch (i) {
    case 0: return SIGINT;
    case 1: return SIGTERM;
    case 2: return SIGHUP;
    case 3: return SIGQUIT;
    case 4: return SIGILL;
    case 5: return SIGTRAP;
    case 6: return SIGSEGV;
    case 7: return SIGBUS;
    case 8: return SIGABRT;
    default: return SIGFPE;
    }
}

static inline void isodash_restore_terminal_now(void) {
    struct isodash_signal_state *s = isodash_signals_state();
    if (s->screen_on) {
        s->screen_on = 0;
        (void)endwin();
    }
}

// Standard error -------------------------------------------------------------
//
// While the screen is up, anything written to stderr (a library's warning, the
// Swift runtime's "Fatal error: ..." before a trap) would land on the
// alternate screen and vanish with it. So stderr goes to an unlinked temporary
// file and is written out once the terminal is restored: by stop(), by the
// crash handlers (dup2, lseek, read, write and close are async-signal-safe),
// or at exit.

// Sends stderr to a temporary file; 0 if that is not possible (stderr is left alone).
static inline int isodash_capture_stderr(void) {
    struct isodash_signal_state *s = isodash_signals_state();
    if (s->capturing) return 1;
    FILE *file = tmpfile();
    if (file == NULL) return 0;
    int fd = dup(fileno(file));
    fclose(file);
    if (fd < 0) return 0;
    int saved = dup(2);
    if (saved < 0) { close(fd); return 0; }
    fflush(stderr);
    if (dup2(fd, 2) < 0) { close(fd); close(saved); return 0; }
    s->capture_fd = fd;
    s->saved_stderr = saved;
    s->capturing = 1;
    return 1;
}

// Puts stderr back and writes out what was held (at most 1 MiB of it).
static inline void isodash_release_stderr(void) {
    struct isodash_signal_state *s = isodash_signals_state();
    if (!s->capturing) return;
    s->capturing = 0;
    (void)dup2(s->saved_stderr, 2);
    (void)close(s->saved_stderr);
    if (lseek(s->capture_fd, 0, SEEK_SET) == 0) {
        char chunk[4096];
        ssize_t count;
        size_t total = 0;
        while (total < (1u << 20) && (count = read(s->capture_fd, chunk, sizeof chunk)) > 0) {
            ssize_t offset = 0;
            while (offset < count) {
                ssize_t written = write(2, chunk + offset, (size_t)(count - offset));
                if (written <= 0) break;
                offset += written;
            }
            if (offset < count) break;
            total += (size_t)count;
        }
    }
    (void)close(s->capture_fd);
}

// The handler that was there before ours for `sig`; 0 if we did not replace it.
static int isodash_previous_action(int sig, struct sigaction *previous) {
    struct isodash_signal_state *s = isodash_signals_state();
    for (int i = 0; i < ISODASH_SIGNAL_COUNT; i++) {
        if (isodash_signal_at(i) == sig && s->replaced[i]) {
            *previous = s->previous[i];
            s->replaced[i] = 0;
            return 1;
        }
    }
    return 0;
}

static void isodash_on_fatal_signal(int sig, siginfo_t *info, void *context) {
    int saved = errno;
    isodash_restore_terminal_now();
    isodash_release_stderr();
    struct sigaction previous;
    int chained = isodash_previous_action(sig, &previous);
    struct sigaction fallback;
    sigemptyset(&fallback.sa_mask);
    fallback.sa_flags = 0;
    fallback.sa_handler = SIG_DFL;
    (void)sigaction(sig, &fallback, NULL);
    // Let the previous handler (the Swift runtime's backtracer) report, with the real
    // signal information, then end the process as the signal says, whatever it did.
    if (chained && (previous.sa_flags & SA_SIGINFO) && previous.sa_sigaction != NULL) {
        previous.sa_sigaction(sig, info, context);
    } else if (chained && previous.sa_handler != SIG_DFL && previous.sa_handler != SIG_IGN) {
        previous.sa_handler(sig);
    }
    // A fault the kernel raised happens again when the instruction is re-executed on
    // return; anything else is re-sent, and delivered once this handler returns.
    int fault = sig == SIGSEGV || sig == SIGBUS || sig == SIGILL || sig == SIGFPE;
    if (!(fault && info != NULL && info->si_code > 0)) (void)raise(sig);
    errno = saved;
}

static void isodash_on_quit_signal(int sig, siginfo_t *info, void *context) {
    struct isodash_signal_state *s = isodash_signals_state();
    if (s->quit_flag) {
        isodash_on_fatal_signal(sig, info, context);
        return;
    }
    s->quit_signo = sig;
    s->quit_flag = 1;
}

static void isodash_at_exit(void) {
    isodash_restore_terminal_now();
    isodash_release_stderr();
}

// Installs the handlers (before newterm, so ncurses keeps its hands off SIGINT
// and SIGTERM) and remembers the previous ones. A quit signal the parent set
// to be ignored (nohup) stays ignored.
static inline void isodash_install_signal_handlers(void) {
    struct isodash_signal_state *s = isodash_signals_state();
    if (s->handlers_installed) return;
    s->handlers_installed = 1;
    s->quit_flag = 0;
    s->quit_signo = 0;
    if (!s->atexit_registered) {
        s->atexit_registered = 1;
        (void)atexit(isodash_at_exit);
    }
    for (int i = 0; i < ISODASH_SIGNAL_COUNT; i++) {
        int sig = isodash_signal_at(i);
        int quit = sig == SIGINT || sig == SIGTERM || sig == SIGHUP;
        s->replaced[i] = 0;
        if (sigaction(sig, NULL, &s->previous[i]) != 0) continue;
        if (quit && !(s->previous[i].sa_flags & SA_SIGINFO) && s->previous[i].sa_handler == SIG_IGN) continue;
        struct sigaction action;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_SIGINFO | SA_ONSTACK | (quit ? SA_RESTART : 0);
        action.sa_sigaction = quit ? isodash_on_quit_signal : isodash_on_fatal_signal;
        if (sigaction(sig, &action, NULL) == 0) s->replaced[i] = 1;
    }
}

// Puts back every handler isodash_install_signal_handlers replaced.
static inline void isodash_restore_signal_handlers(void) {
    struct isodash_signal_state *s = isodash_signals_state();
    if (!s->handlers_installed) return;
    for (int i = 0; i < ISODASH_SIGNAL_COUNT; i++) {
        if (s->replaced[i]) {
            (void)sigaction(isodash_signal_at(i), &s->previous[i], NULL);
            s->replaced[i] = 0;
        }
    }
    s->handlers_installed = 0;
}

// Whether the screen is up: the handlers call endwin() only then.
static inline void isodash_set_screen_active(int on) { isodash_signals_state()->screen_on = on ? 1 : 0; }
static inline int isodash_screen_active(void) { return isodash_signals_state()->screen_on; }

// Set by SIGINT, SIGTERM or SIGHUP; the signal number, 0 when none came.
static inline int isodash_quit_requested(void) { return isodash_signals_state()->quit_flag != 0; }
static inline int isodash_quit_signal(void) { return isodash_signals_state()->quit_signo; }

#endif
