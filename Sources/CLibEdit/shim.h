// CLibEdit: libedit's native el_*/history API for Swift (Debian: libedit-dev), plus one-line shims.
// el_set, el_get and history() are C-variadic, which Swift cannot call, so each use gets a fixed-signature
// static inline wrapper. stdin/stdout/stderr are C globals that Swift 6 rejects as shared mutable state,
// so they are reached through getters too.
#ifndef PROBE_CLIBEDIT_SHIM_H
#define PROBE_CLIBEDIT_SHIM_H

#include <stdio.h>
#if __has_include(<histedit.h>)
#include <histedit.h>
#else
#error "histedit.h not found - run: apt-get install libedit-dev"
#endif

typedef char *(*shim_prompt_fn)(EditLine *);
typedef unsigned char (*shim_command_fn)(EditLine *, int);

// MARK: standard streams
static inline FILE *_Nonnull shim_stdin(void) { return stdin; }
static inline FILE *_Nonnull shim_stdout(void) { return stdout; }
static inline FILE *_Nonnull shim_stderr(void) { return stderr; }

// MARK: el_set / el_get
static inline int shim_el_set_prompt_esc(EditLine *el, shim_prompt_fn f, char esc) {
    return el_set(el, EL_PROMPT_ESC, f, esc);
}
static inline int shim_el_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
static inline int shim_el_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
static inline int shim_el_set_hist(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }
static inline int shim_el_set_clientdata(EditLine *el, void *d) { return el_set(el, EL_CLIENTDATA, d); }
static inline void *shim_el_get_clientdata(EditLine *el) {
    void *d = NULL;
    return el_get(el, EL_CLIENTDATA, &d) == 0 ? d : NULL;
}
static inline int shim_el_addfn(EditLine *el, const char *name, const char *help, shim_command_fn f) {
    return el_set(el, EL_ADDFN, name, help, f);
}
static inline int shim_el_bind(EditLine *el, const char *key, const char *fn) {
    return el_set(el, EL_BIND, key, fn, NULL);
}

// MARK: history
static inline int shim_history_setsize(History *h, HistEvent *ev, int n) { return history(h, ev, H_SETSIZE, n); }
static inline int shim_history_setunique(History *h, HistEvent *ev, int on) { return history(h, ev, H_SETUNIQUE, on); }
static inline int shim_history_enter(History *h, HistEvent *ev, const char *s) { return history(h, ev, H_ENTER, s); }
static inline int shim_history_load(History *h, HistEvent *ev, const char *path) { return history(h, ev, H_LOAD, path); }
static inline int shim_history_save_fp(History *h, HistEvent *ev, FILE *fp) { return history(h, ev, H_SAVE_FP, fp); }

#endif
