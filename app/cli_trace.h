// The trace commands of the command line: `loopscope export` and `loopscope summary`.
#pragma once

#include <QtCore/QStringList>

namespace loopscope::cli {

// `loopscope export FILE [--format chrome|csv] [-o OUT]`; `args` are those after "export".
// Returns the exit code: 0, 1 when the trace cannot be read or the output written, 2 for a bad
// command line.
int exportCommand(const QStringList &args);
// `loopscope summary FILE`; the same exit codes.
int summaryCommand(const QStringList &args);

} // namespace loopscope::cli
