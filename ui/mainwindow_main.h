#pragma once

namespace loopscope::ui {

// Starts the desktop app; returns the process exit code.
int guiMain(int argc, char **argv);

} // namespace loopscope::ui
