#!/usr/bin/env bash
# Normalise the merged stdout+stderr of one scenario run so that the output of real Deno and of
# loopscope can be compared byte for byte.
#
#   usage: normalize.sh DIR < raw-output > normalised-output
#
# DIR is the temporary directory the scenario ran from. Exactly three things are normalised:
#   1. every occurrence of DIR becomes the literal text $DIR; likewise the native libraries of
#      the ffi and examples suites: the values of the environment variables LOOPSCOPE_TEST_LIB
#      and LOOPSCOPE_DEMO_LIB, when set, become $TESTLIB and $DEMOLIB;
#   2. the process id in Node-style warning prefixes "(node:12345)" / "(deno:12345)" becomes PID;
#   3. each run of consecutive stack-frame lines (spaces or tabs, then "at ") becomes ONE line:
#      the first frame's indentation followed by "at …". If the run's last frame ends with " {"
#      (an Error printed with extra properties), the replacement keeps that " {".
# Nothing else is touched.
set -euo pipefail

if [ "$#" -ne 1 ] || [ -z "$1" ]; then
    echo "usage: normalize.sh DIR < raw > normalised" >&2
    exit 2
fi

NORMALIZE_DIR="$1" exec perl -e '
use strict;
use warnings;
my $dir = $ENV{NORMALIZE_DIR};
my $testlib = $ENV{LOOPSCOPE_TEST_LIB} // "";
my $demolib = $ENV{LOOPSCOPE_DEMO_LIB} // "";
my ($indent, $last);   # state of the current run of stack frames
sub flush_run {
    return unless defined $indent;
    my $tail = ($last =~ / \{\n?\z/) ? " {" : "";
    my $eol = ($last =~ /\n\z/) ? "\n" : "";
    # "at" followed by U+2026 HORIZONTAL ELLIPSIS, written as UTF-8 bytes.
    print $indent, "at \xe2\x80\xa6", $tail, $eol;
    undef $indent;
}
while (my $line = <STDIN>) {
    $line =~ s/\Q$testlib\E/\$TESTLIB/g if length $testlib;
    $line =~ s/\Q$demolib\E/\$DEMOLIB/g if length $demolib;
    $line =~ s/\Q$dir\E/\$DIR/g;
    $line =~ s/\((deno|node):[0-9]+\)/($1:PID)/g;
    if ($line =~ /^([ \t]+)at /) {
        $indent = $1 unless defined $indent;
        $last = $line;
        next;
    }
    flush_run();
    print $line;
}
flush_run();
'
