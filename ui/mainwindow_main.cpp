#include "mainwindow_main.h"

#include "mainwindow.h"

#include <QtWidgets/QApplication>

namespace loopscope::ui {

int guiMain(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("loopscope"));
    QApplication::setOrganizationName(QStringLiteral("loopscope"));
    MainWindow window;
    const QStringList args = QApplication::arguments();
    if (args.size() > 1)
        window.openScript(args.at(1));
    window.show();
    return QApplication::exec();
}

} // namespace loopscope::ui
