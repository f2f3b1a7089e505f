#include "mainwindow_main.h"

#include "mainwindow.h"

#include <QtCore/QTimer>
#include <QtWidgets/QApplication>

namespace loopscope::ui {

int guiMain(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("loopscope"));
    QApplication::setOrganizationName(QStringLiteral("loopscope"));
    MainWindow window;
    const QStringList args = QApplication::arguments();
    window.show();
    // A script named on the command line is loaded and run at once.
    if (args.size() > 1 && window.openScript(args.at(1)))
        QTimer::singleShot(0, &window, &MainWindow::runScript);
    return QApplication::exec();
}

} // namespace loopscope::ui
