#!/usr/bin/env bash
# tmux-check.sh: end-to-end checks of probe's line editor in a real pseudo-terminal, driven through tmux.
#
# Usage: Tests/ShellTests/tmux-check.sh [BINARY [ARGS...]]      (default BINARY: .build/debug/probe)
# The expected strings below are parameters; override any of them from the environment, e.g.
#   PROMPT='demo> ' COMPLETE_TYPED=hel COMPLETE_EXPECT=help Tests/ShellTests/tmux-check.sh /tmp/demo
# Checks: TAB completion and listing, Up recall, Ctrl-C at the prompt and during a command, Ctrl-Z/fg,
# paging, UTF-8 editing and round trip, Ctrl-D exit status, history across restarts and after SIGTERM.
# The binary runs with HOME and PROBE_HISTORY in a temporary directory, so no user file is read or written.
# Prints one "ok"/"not ok" line per check; exits 1 if any check failed, 0 (with "skipped: ...") without tmux.
set -u

# MARK: parameters (what the binary under test shows and accepts)
: "${PROMPT:=probe> }"                 # the prompt as displayed, colour stripped
: "${COMPLETE_TYPED:=hel}"             # typed before TAB ...
: "${COMPLETE_EXPECT:=help}"           # ... and the line after TAB (trailing spaces are not compared)
: "${RUN_COMMAND:=help}"               # a command that prints something ...
: "${RUN_EXPECT:=help}"                # ... and a string its output contains
: "${UTF8_LINE:=naïve ’q’ 日本 café}"  # a UTF-8 line to enter; it need not be a valid command
: "${LIST_TYPED:=}"                    # optional: typed before TAB when several candidates are listed ...
: "${LIST_EXPECT:=}"                   # ... and a string the listing contains
: "${LONG_COMMAND:=}"                  # optional: a command running over 2 s, interrupted with Ctrl-C ...
: "${LONG_EXPECT:=}"                   # ... and a string shown once it is interrupted
: "${PAGED_COMMAND:=}"                 # optional: a command printing more than 40 lines (paged with less)
: "${EXTRA_ENV:=}"                     # optional: extra NAME=value words for the binary's environment
: "${HUP_COMMAND:=help}"                # a command entered before SIGHUP, expected back from history
: "${REFLOW_COMMAND:=}"                # optional: a command whose output must fit a narrowed window ...
: "${REFLOW_WIDTH:=50}"                # ... of this many columns
: "${PACE:=0.4}"                       # seconds between keystrokes: the tty drops type-ahead on ^C

if ! command -v tmux >/dev/null 2>&1; then echo "skipped: tmux not found"; exit 0; fi
BIN=${1:-.build/debug/probe}; [ $# -gt 0 ] && shift
ARGS=("$@")
if [ ! -x "$BIN" ]; then echo "error: $BIN is not an executable (build it first)" >&2; exit 2; fi
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")

WORK=$(mktemp -d)
SOCKET=probe-check-$$
SESSION=check
tm() { tmux -L "$SOCKET" -f /dev/null "$@"; }
cleanup() {   # a binary still running would save its history into $WORK while it is being removed
    local pid; pid=$(program_pid 2>/dev/null)
    if [ -n "$pid" ]; then kill -TERM "$pid"; sleep 0.5; fi
    tm kill-server 2>/dev/null
    rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$SOCKET"   # kill-server can leave the socket file behind
    rm -rf "$WORK" 2>/dev/null || { sleep 1; rm -rf "$WORK"; }
}
trap cleanup EXIT

FAILED=0
pass() { echo "ok - $1"; }
fail() { echo "not ok - $1"; shift; for line in "$@"; do echo "#   $line"; done; FAILED=1; }

# MARK: tmux helpers
keys() { tm send-keys -t "$SESSION" "$@"; sleep "$PACE"; }
literal() { tm send-keys -t "$SESSION" -l "$1"; sleep "$PACE"; }
screen() { tm capture-pane -p -t "$SESSION"; }
# The last non-blank line on screen, trailing spaces removed (capture-pane drops them anyway).
current_line() { screen | sed -e 's/[[:space:]]*$//' | grep -v '^$' | tail -1; }
trim() { printf '%s' "$1" | sed -e 's/[[:space:]]*$//'; }
pane() { tm display -p -t "$SESSION" "$1"; }

# The binary runs under an interactive bash with job control, as a user would run it: it gets its own process
# group (see the libedit note, pitfall 5), Ctrl-Z/fg work, and bash prints each exit status before its prompt
# (tmux 3.3 does not always reap a dead pane's process, so #{pane_dead_status} is unreliable).
open_terminal() {
    tm start-server \; new-session -d -s "$SESSION" -x 100 -y 40 \
        "env HOME='$WORK' PS1='$ ' PROMPT_COMMAND='echo \"exit status: \$?\"' HISTFILE=/dev/null bash --norc --noprofile -i"
    wait_for_line '$'
}
start() {   # runs the binary at a cleared bash prompt and waits for its prompt
    keys clear Enter
    wait_for_line '$'
    literal "$(printf '%q ' env PROBE_HISTORY="$WORK/history" HOME="$WORK" LANG=C.UTF-8 $EXTRA_ENV "$BIN" "${ARGS[@]}")"
    keys Enter
    wait_for_line "$(trim "$PROMPT")"
}
wait_for_line() {   # waits up to 5 s for the line being edited to read exactly $1
    local i
    for i in $(seq 1 50); do [ "$(current_line)" = "$1" ] && return 0; sleep 0.1; done
    return 1
}
exit_status() {   # waits for the binary to end; prints its exit status (empty if it did not end)
    wait_for_line '$' && screen | grep -oE 'exit status: [0-9]+' | tail -1 | sed -e 's/^exit status: //'
}
expect_line() {   # NAME EXPECTED: the line being edited must read PROMPT+EXPECTED
    local got; got=$(current_line)
    if [ "$got" = "$(trim "$PROMPT$2")" ]; then pass "$1"; else fail "$1" "expected: «$(trim "$PROMPT$2")»" "got:      «$got»"; fi
}
expect_screen() {   # NAME TEXT: the screen must contain TEXT
    if screen | grep -qF -- "$2"; then pass "$1"; else fail "$1" "expected on screen: «$2»" "screen:" "$(screen | grep -v '^$' | tail -8)"; fi
}
program_pid() { pgrep -P "$(pane '#{pane_pid}')" | head -1; }
expect_running() {
    if [ -n "$(program_pid)" ] && [ "$(current_line)" != '$' ]; then pass "$1"
    else fail "$1" "the program is not running: $(screen | grep -v '^$' | tail -3)"; fi
}

# MARK: checks
open_terminal
if ! start; then
    fail "prompt appears" "expected «$PROMPT»" "$(screen | grep -v '^$' | tail -5)"; exit 1
fi
pass "prompt appears"

literal "$COMPLETE_TYPED"; keys Tab
expect_line "TAB completes «$COMPLETE_TYPED»" "$COMPLETE_EXPECT"
keys C-u

if [ -n "$LIST_TYPED" ]; then
    literal "$LIST_TYPED"; keys Tab
    expect_screen "TAB lists the candidates for «$LIST_TYPED»" "$LIST_EXPECT"
    expect_line "the line is redrawn under the list" "$LIST_TYPED"
    keys C-u
fi

literal "$RUN_COMMAND"; keys Enter
entered=$RUN_COMMAND   # the newest history entry so far
expect_screen "«$RUN_COMMAND» runs" "$RUN_EXPECT"
keys Up
expect_line "Up recalls the last command" "$RUN_COMMAND"
keys C-u

literal "abc"; keys C-c
expect_line "Ctrl-C at the prompt gives a fresh prompt" ""
expect_running "Ctrl-C at the prompt keeps the shell running"
keys Up
expect_line "the interrupted line is not in history" "$RUN_COMMAND"
keys C-u

literal "abc"; keys C-z
if [ "$(current_line)" = '$' ]; then pass "Ctrl-Z suspends"; else fail "Ctrl-Z suspends" "got «$(current_line)»"; fi
keys fg Enter; literal "def"; keys C-a; literal ">"
expect_line "fg restores the line and raw mode" ">abcdef"
keys C-u

if [ -n "$LONG_COMMAND" ]; then
    literal "$LONG_COMMAND"; keys Enter; sleep 1; keys C-c; sleep 0.5
    entered=$LONG_COMMAND
    expect_screen "Ctrl-C interrupts «$LONG_COMMAND»" "$LONG_EXPECT"
    expect_line "the prompt returns after the interrupted command" ""
    expect_running "Ctrl-C during a command keeps the shell running"
fi

if [ -n "$PAGED_COMMAND" ]; then
    literal "$PAGED_COMMAND"; keys Enter; sleep 0.5
    entered=$PAGED_COMMAND
    if [ "$(current_line)" = ":" ]; then pass "long output goes through the pager"
    else fail "long output goes through the pager" "expected less's «:» prompt, got «$(current_line)»"; fi
    keys q
    expect_line "the prompt returns after quitting the pager" ""
fi

# A wide character typed then deleted exercises cursor arithmetic over multi-byte text.
literal "$UTF8_LINE日"; keys BSpace
expect_line "UTF-8 is displayed as typed, BSpace deletes a wide character" "$UTF8_LINE"
keys Enter; keys Up
expect_line "a UTF-8 line round-trips through history" "$UTF8_LINE"
keys C-u

keys C-d
status=$(exit_status)
if [ "$status" = 0 ]; then pass "Ctrl-D exits with status 0"
else fail "Ctrl-D exits with status 0" "status «$status»" "$(screen | grep -v '^$' | tail -4)"; fi
if [ -s "$WORK/history" ]; then pass "history file written"; else fail "history file written" "$WORK/history is missing or empty"; fi

start
keys Up
expect_line "history survives a restart (newest first)" "$UTF8_LINE"
keys Up
expect_line "history survives a restart (older entry)" "$entered"
keys C-u

literal "$RUN_COMMAND"; keys Enter
kill -TERM "$(program_pid)"
status=$(exit_status)
if [ -n "$status" ]; then pass "SIGTERM at the prompt ends the shell (status $status)"
else fail "SIGTERM at the prompt ends the shell" "$(screen | grep -v '^$' | tail -4)"; fi
start
keys Up
expect_line "history is saved on SIGTERM" "$RUN_COMMAND"
keys C-u

# SIGHUP (the terminal going away) must save history as SIGTERM does.
literal "$HUP_COMMAND"; keys Enter
kill -HUP "$(program_pid)"
status=$(exit_status)
if [ -n "$status" ]; then pass "SIGHUP at the prompt ends the shell (status $status)"
else fail "SIGHUP at the prompt ends the shell" "$(screen | grep -v '^$' | tail -4)"; fi
start
keys Up
expect_line "history is saved on SIGHUP" "$HUP_COMMAND"
keys C-u

# A narrower window re-flows the next output: no line of it may be wider than the new width.
if [ -n "$REFLOW_COMMAND" ]; then
    tm resize-window -t "$SESSION" -x "$REFLOW_WIDTH"; sleep 1
    keys C-l; literal "$REFLOW_COMMAND"; keys Enter; sleep 1
    # Characters, not bytes: bar glyphs are three bytes each in UTF-8.
    widest=$(screen | python3 -c 'import sys; print(max((len(l.rstrip("\n")) for l in sys.stdin), default=0))')
    if [ "$widest" -le "$REFLOW_WIDTH" ]; then pass "output re-flows after a resize (widest line $widest of $REFLOW_WIDTH)"
    else fail "output re-flows after a resize" "a line of $widest columns in a $REFLOW_WIDTH-column window"; fi
fi
keys C-d; exit_status >/dev/null

[ "$FAILED" = 0 ] && echo "all checks passed" || echo "some checks FAILED"
exit "$FAILED"
