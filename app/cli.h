// The command line: `loopscope run SCRIPT ...`, --help, --version.
#pragma once

#include <QtCore/QStringList>

namespace loopscope::cli {

// True when the arguments ask for a command-line action rather than the GUI.
bool isCommandLine(const QStringList &args);
// Runs the command-line action; returns the process exit code.
int main(const QStringList &args);
QString usage();

} // namespace loopscope::cli
