#include "cli.h"

#include <QtCore/QCoreApplication>

#ifdef LOOPSCOPE_HAVE_GUI
#include "mainwindow_main.h"
#endif

#include <cstdio>
#include <cstdlib>
#include <string>

#include <unistd.h>

// The bundled examples load the demo library through LOOPSCOPE_DEMO_LIB (with real Deno one
// sets it by hand). Unless the user chose another, it is the one next to this executable.
static void exportDemoLibrary()
{
    if (std::getenv("LOOPSCOPE_DEMO_LIB"))
        return;
    char self[4096];
    const ssize_t n = ::readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0)
        return;
    std::string path(self, std::size_t(n));
    path = path.substr(0, path.rfind('/') + 1) + "libloopscope_demo.so";
    if (::access(path.c_str(), R_OK) == 0)
        ::setenv("LOOPSCOPE_DEMO_LIB", path.c_str(), 0);
}

int main(int argc, char **argv)
{
    exportDemoLibrary();
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
