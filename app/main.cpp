#include "cli.h"

#include <QtCore/QCoreApplication>

#ifdef LOOPSCOPE_HAVE_GUI
#include "mainwindow_main.h"
#endif

#include <cstdio>

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (loopscope::cli::isCommandLine(args)) {
        QCoreApplication app(argc, argv);
        return loopscope::cli::main(args);
    }
#ifdef LOOPSCOPE_HAVE_GUI
    return loopscope::ui::guiMain(argc, argv);
#else
    std::fputs("loopscope was built without its GUI; use `loopscope run SCRIPT`.\n", stderr);
    return 2;
#endif
}
