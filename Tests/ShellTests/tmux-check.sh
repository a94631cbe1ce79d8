#!/usr/bin/env bash
# tmux-check.sh: end-to-end checks of probe's interactive shell in a real pseudo-terminal, driven through tmux.
#
# Usage: Tests/ShellTests/tmux-check.sh [BINARY [ARGS...]]      (default BINARY: .build/debug/probe)
# ARGS should not hold --no-rc: the script adds it where a check needs it. The expected strings below are
# parameters; override any of them from the environment, e.g.
#   PROMPT='demo> ' COMPLETE_TYPED=hel COMPLETE_EXPECT=help Tests/ShellTests/tmux-check.sh /tmp/demo
# Checks: TAB completion and listing, Up recall, Ctrl-C at the prompt and during a command, Ctrl-Z/fg,
# paging through less, UTF-8 editing and round trip, the `history` command, ~/.proberc and --no-rc, exit
# status after Ctrl-D (0), SIGTERM (143) and SIGHUP (129), history across restarts and after each signal,
# and output re-flowing after the window narrows.
# Every step waits for what it expects on screen, up to DEADLINE seconds, polling capture-pane; nothing
# waits a fixed time. The binary runs with HOME and PROBE_HISTORY in a temporary directory, so no user file
# is read or written. Prints one "ok"/"not ok" line per check; exits 1 if any check failed, 2 if it could
# not run (no tmux, no binary).
set -u

# MARK: parameters (what the binary under test shows and accepts)
: "${PROMPT:=probe> }"                 # the prompt as displayed, colour stripped
: "${COMPLETE_TYPED:=hel}"             # typed before TAB ...
: "${COMPLETE_EXPECT:=help}"           # ... and the line after TAB (trailing spaces are not compared)
: "${RUN_COMMAND:=help count}"         # a command that prints something ...
: "${RUN_EXPECT:=usage: count}"        # ... and a string its output contains
: "${UTF8_LINE:=naïve ’q’ 日本 café}"  # a UTF-8 line to enter; it need not be a valid command
: "${LIST_TYPED:=}"                    # optional: typed before TAB when several candidates are listed ...
: "${LIST_EXPECT:=}"                   # ... and a string the listing contains
: "${LONG_COMMAND:=}"                  # optional: a command running for seconds, interrupted with Ctrl-C ...
: "${LONG_EXPECT:=}"                   # ... and a string shown once it is interrupted
: "${PAGED_COMMAND:=}"                 # optional: a command printing more lines than the window (paged by less)
: "${PAGED_EXPECT:=}"                  # ... and a string on the pager's first screen
: "${RC_TEXT:=}"                       # optional: the lines of a ~/.proberc ...
: "${RC_COMMAND:=}"                    # ... a command whose output they change ...
: "${RC_SHOWS:=}"                      # ... a string that output always contains (proves it ran) ...
: "${RC_EXPECT:=}"                     # ... and a string it contains only when the rc file ran
: "${HISTORY_COMMAND:=history}"        # lists the lines entered before
: "${EXTRA_ENV:=}"                     # optional: extra NAME=value words for the binary's environment
: "${HUP_COMMAND:=help count}"         # a command entered before SIGHUP, expected back from history
: "${REFLOW_COMMAND:=}"                # optional: a command whose output must fit a narrowed window ...
: "${REFLOW_EXPECT:=}"                 # ... a string that output contains ...
: "${REFLOW_WIDTH:=50}"                # ... and the narrower width in columns
: "${DEADLINE:=20}"                    # seconds any one step may take before it fails

if ! command -v tmux >/dev/null 2>&1; then echo "error: tmux not found (Scripts/setup installs it)"; exit 2; fi
BIN=${1:-.build/debug/probe}; [ $# -gt 0 ] && shift
ARGS=("$@")
if [ ! -x "$BIN" ]; then echo "error: $BIN is not an executable (build it first)"; exit 2; fi
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")

WORK=$(mktemp -d)
SOCKET=probe-check-$$
SESSION=check
tm() { tmux -L "$SOCKET" -f /dev/null "$@"; }
cleanup() {   # a binary still running would save its history into $WORK while it is being removed
    local pid; pid=$(program_pid 2>/dev/null)
    if [ -n "$pid" ]; then kill -KILL "$pid" 2>/dev/null; fi
    tm kill-server 2>/dev/null
    rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$SOCKET"   # kill-server can leave the socket file behind
    rm -rf "$WORK"
}
trap cleanup EXIT

FAILED=0
pass() { echo "ok - $1"; }
# The first failure ends the run: later steps depend on earlier ones, and each would wait out its DEADLINE
# (minutes under a sanitizer) for a screen that cannot come.
fail() { echo "not ok - $1"; shift; for line in "$@"; do echo "#   $line"; done; exit 1; }

# MARK: tmux helpers
keys() { tm send-keys -t "$SESSION" "$@"; }
literal() { tm send-keys -t "$SESSION" -l "$1"; }
screen() { tm capture-pane -p -t "$SESSION"; }
# The last non-blank line on screen, trailing spaces removed (capture-pane drops them anyway).
current_line() { screen | sed -e 's/[[:space:]]*$//' | grep -v '^$' | tail -1; }
trim() { printf '%s' "$1" | sed -e 's/[[:space:]]*$//'; }
pane() { tm display -p -t "$SESSION" "$1"; }
tail_of_screen() { screen | grep -v '^$' | tail -"${1:-6}"; }

# Polls until the command "$@" succeeds; fails (returns 1) after DEADLINE seconds.
wait_until() {
    local end=$(( $(date +%s%N) + DEADLINE * 1000000000 ))
    until "$@"; do
        [ "$(date +%s%N)" -lt "$end" ] || return 1
        tm has-session -t "$SESSION" 2>/dev/null || fail "the terminal session is still there" "tmux's session ended"
        sleep 0.05
    done
}
line_is() { [ "$(current_line)" = "$1" ]; }
screen_has() { screen | grep -qF -- "$1"; }
wait_for_line() { wait_until line_is "$1"; }

# NAME EXPECTED: waits for the line being edited to read PROMPT+EXPECTED.
expect_line() {
    local want; want=$(trim "$PROMPT$2")
    if wait_for_line "$want"; then pass "$1"; else fail "$1" "expected: «$want»" "got:      «$(current_line)»"; fi
}
# NAME TEXT: waits for TEXT to appear on screen.
expect_screen() {
    if wait_until screen_has "$2"; then pass "$1"; else fail "$1" "expected on screen: «$2»" "screen:" "$(tail_of_screen 8)"; fi
}
# NAME TEXT: TEXT is not on screen (call once the output that would hold it is complete).
expect_no_screen() {
    if screen_has "$2"; then fail "$1" "not expected on screen: «$2»" "$(tail_of_screen 8)"; else pass "$1"; fi
}
# Types TEXT and waits until the edited line ends with it, so later keys cannot overtake it.
type_text() {
    local want; want=$(trim "$1")
    literal "$1"
    wait_until eval '[[ "$(current_line)" == *"$want" ]]' || fail "typing «$1» shows on the line" "got «$(current_line)»"
}
program_pid() { pgrep -P "$(pane '#{pane_pid}')" | head -1; }
expect_running() {
    if [ -n "$(program_pid)" ] && [ "$(current_line)" != '$' ]; then pass "$1"
    else fail "$1" "the program is not running: $(tail_of_screen 3)"; fi
}
# CPU time (utime + stime, in clock ticks) of the program: it grows only while a command computes.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
busy_since() { [ "$(cpu_ticks "$1")" -ge $(( $2 + 20 )) ]; }

# The binary runs under an interactive bash with job control, as a user would run it: it gets its own process
# group (see the libedit note, pitfall 5), Ctrl-Z/fg work, and bash prints each exit status before its prompt
# (tmux 3.3 does not always reap a dead pane's process, so #{pane_dead_status} is unreliable).
open_terminal() {
    tm start-server \; new-session -d -s "$SESSION" -x 100 -y 50 \
        "env -u PAGER -u LESS -u NO_COLOR HOME='$WORK' PS1='$ ' PROMPT_COMMAND='echo \"exit status: \$?\"' HISTFILE=/dev/null bash --norc --noprofile -i"
    wait_for_line '$'
}
start() {   # start [ARG...]: runs the binary at a cleared bash prompt with ARGS and these, waits for its prompt
    keys clear Enter
    wait_for_line '$'
    literal "$(printf '%q ' env PROBE_HISTORY="$WORK/history" HOME="$WORK" LANG=C.UTF-8 $EXTRA_ENV "$BIN" "${ARGS[@]}" "$@")"
    keys Enter
    wait_for_line "$(trim "$PROMPT")"
}
exit_status() {   # waits for the binary to end; prints its exit status (empty if it did not end)
    wait_for_line '$' && screen | grep -oE 'exit status: [0-9]+' | tail -1 | sed -e 's/^exit status: //'
}
expect_status() {   # NAME STATUS: waits for the binary to end with STATUS
    local status; status=$(exit_status)
    if [ "$status" = "$2" ]; then pass "$1"; else fail "$1" "status «$status», expected $2" "$(tail_of_screen 4)"; fi
}
run_command() {   # types COMMAND, enters it, and waits for the prompt to come back
    type_text "$1"; keys Enter
    wait_for_line "$(trim "$PROMPT")" || fail "«$1» finishes" "$(tail_of_screen 6)"
}

# MARK: first session, --no-rc: line editing, signals at the prompt, paging
open_terminal
[ -z "$RC_TEXT" ] || printf '%s\n' "$RC_TEXT" > "$WORK/.proberc"
if ! start --no-rc; then
    fail "prompt appears" "expected «$PROMPT»" "$(tail_of_screen 5)"; exit 1
fi
pass "prompt appears"

if [ -n "$RC_TEXT" ]; then
    run_command "$RC_COMMAND"
    expect_screen "«$RC_COMMAND» runs" "$RC_SHOWS"
    expect_no_screen "--no-rc: ~/.proberc is not run" "$RC_EXPECT"
    keys C-l; wait_for_line "$(trim "$PROMPT")"
fi

type_text "$COMPLETE_TYPED"; keys Tab
expect_line "TAB completes «$COMPLETE_TYPED»" "$COMPLETE_EXPECT"
keys C-u; wait_for_line "$(trim "$PROMPT")"

if [ -n "$LIST_TYPED" ]; then
    type_text "$LIST_TYPED"; keys Tab
    expect_screen "TAB lists the candidates for «$LIST_TYPED»" "$LIST_EXPECT"
    expect_line "the line is redrawn under the list" "$LIST_TYPED"
    keys C-u; wait_for_line "$(trim "$PROMPT")"
fi

type_text "$RUN_COMMAND"; keys Enter
entered=$RUN_COMMAND   # the newest history entry so far
expect_screen "«$RUN_COMMAND» runs" "$RUN_EXPECT"
expect_line "the prompt returns" ""
keys Up
expect_line "Up recalls the last command" "$RUN_COMMAND"
keys C-u; wait_for_line "$(trim "$PROMPT")"

type_text "abc"; keys C-c
expect_line "Ctrl-C at the prompt gives a fresh prompt" ""
expect_running "Ctrl-C at the prompt keeps the shell running"
keys Up
expect_line "the interrupted line is not in history" "$RUN_COMMAND"
keys C-u; wait_for_line "$(trim "$PROMPT")"

type_text "abc"; keys C-z
if wait_for_line '$'; then pass "Ctrl-Z suspends"; else fail "Ctrl-Z suspends" "got «$(current_line)»"; fi
keys fg Enter
expect_line "fg redraws the line" "abc"
type_text "def"; keys C-a; literal ">"
expect_line "fg restores the line and raw mode" ">abcdef"
keys C-u; wait_for_line "$(trim "$PROMPT")"

if [ -n "$LONG_COMMAND" ]; then
    pid=$(program_pid); before=$(cpu_ticks "$pid")
    type_text "$LONG_COMMAND"; keys Enter
    # Ctrl-C only once the command computes (its CPU time grows), not while the line is still being read.
    if wait_until busy_since "$pid" "$before"; then keys C-c
    else fail "«$LONG_COMMAND» starts computing" "$(tail_of_screen 4)"; fi
    entered=$LONG_COMMAND
    expect_screen "Ctrl-C interrupts «$LONG_COMMAND»" "$LONG_EXPECT"
    expect_line "the prompt returns after the interrupted command" ""
    expect_running "Ctrl-C during a command keeps the shell running"
fi

if [ -n "$PAGED_COMMAND" ]; then
    type_text "$PAGED_COMMAND"; keys Enter
    entered=$PAGED_COMMAND
    # less -FRX shows its ":" prompt on the last line only when the text is longer than the window.
    if wait_for_line ":" && screen_has "$PAGED_EXPECT"; then pass "long output goes through the pager"
    else fail "long output goes through the pager" "expected less's «:» prompt and «$PAGED_EXPECT»" "$(tail_of_screen 4)"; fi
    keys q
    expect_line "the prompt returns after quitting the pager" ""
fi

# A wide character typed then deleted exercises cursor arithmetic over multi-byte text.
type_text "$UTF8_LINE日"; keys BSpace
expect_line "UTF-8 is displayed as typed, BSpace deletes a wide character" "$UTF8_LINE"
keys Enter
expect_line "the prompt returns after the UTF-8 line" ""
keys Up
expect_line "a UTF-8 line round-trips through history" "$UTF8_LINE"
keys C-u; wait_for_line "$(trim "$PROMPT")"

keys C-d
expect_status "Ctrl-D exits with status 0" 0
if [ -s "$WORK/history" ]; then pass "history file written"; else fail "history file written" "$WORK/history is missing or empty"; fi

# MARK: second session, with ~/.proberc: history across a restart, `history`, the rc file, SIGTERM
start
keys Up
expect_line "history survives a restart (newest first)" "$UTF8_LINE"
keys Up
expect_line "history survives a restart (older entry)" "$entered"
keys C-u; wait_for_line "$(trim "$PROMPT")"

keys C-l; wait_for_line "$(trim "$PROMPT")"
run_command "$HISTORY_COMMAND"
expect_screen "«$HISTORY_COMMAND» lists the last session's lines" "$UTF8_LINE"
expect_screen "«$HISTORY_COMMAND» lists older lines" "$RUN_COMMAND"

if [ -n "$RC_TEXT" ]; then
    keys C-l; wait_for_line "$(trim "$PROMPT")"
    run_command "$RC_COMMAND"
    expect_screen "«$RC_COMMAND» runs" "$RC_SHOWS"
    expect_screen "~/.proberc runs at start: its settings apply" "$RC_EXPECT"
fi

type_text "$RUN_COMMAND"; keys Enter
expect_line "the prompt returns" ""
kill -TERM "$(program_pid)"
expect_status "SIGTERM at the prompt ends the shell with status 143 (128 + 15)" 143

# MARK: third session: SIGHUP
start --no-rc
keys Up
expect_line "history is saved on SIGTERM" "$RUN_COMMAND"
keys C-u; wait_for_line "$(trim "$PROMPT")"
# SIGHUP (the terminal going away) must save history as SIGTERM does.
type_text "$HUP_COMMAND"; keys Enter
expect_line "the prompt returns" ""
kill -HUP "$(program_pid)"
expect_status "SIGHUP at the prompt ends the shell with status 129 (128 + 1)" 129

# MARK: fourth session: history after SIGHUP, a narrower window
start --no-rc
keys Up
expect_line "history is saved on SIGHUP" "$HUP_COMMAND"
keys C-u; wait_for_line "$(trim "$PROMPT")"

# A narrower window re-flows the next output: no line of it may be wider than the new width.
if [ -n "$REFLOW_COMMAND" ]; then
    tm resize-window -t "$SESSION" -x "$REFLOW_WIDTH"
    if wait_until eval '[ "$(pane "#{pane_width}")" = "$REFLOW_WIDTH" ]'; then pass "the window narrows to $REFLOW_WIDTH"
    else fail "the window narrows to $REFLOW_WIDTH" "width $(pane '#{pane_width}')"; fi
    keys C-l; wait_for_line "$(trim "$PROMPT")"
    run_command "$REFLOW_COMMAND"
    expect_screen "«$REFLOW_COMMAND» runs in the narrow window" "$REFLOW_EXPECT"
    # -J joins lines the terminal wrapped, so a line too wide for the window shows at its full length.
    # Characters, not bytes: bar glyphs are three bytes each in UTF-8.
    widest=$(tm capture-pane -p -J -t "$SESSION" | python3 -c 'import sys; print(max((len(l.rstrip()) for l in sys.stdin), default=0))')
    if [ "$widest" -le "$REFLOW_WIDTH" ]; then pass "output re-flows after a resize (widest line $widest of $REFLOW_WIDTH)"
    else fail "output re-flows after a resize" "a line of $widest columns in a $REFLOW_WIDTH-column window:" "$(tm capture-pane -p -J -t "$SESSION")"; fi
fi
keys C-d
expect_status "Ctrl-D after the resize exits with status 0" 0

[ "$FAILED" = 0 ] && echo "all checks passed" || echo "some checks FAILED"
exit "$FAILED"
