#include "mainwindow_main.h"

#include "mainwindow.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QFileInfo>
#include <QtCore/QLibraryInfo>
#include <QtCore/QLocale>
#include <QtCore/QSettings>
#include <QtCore/QTimer>
#include <QtCore/QTranslator>
#include <QtWidgets/QApplication>

#include <cstdio>

namespace loopscope::ui {

namespace {

// The language: the one chosen in the app, else the system's.
void installTranslations(QApplication &app)
{
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("loopscope"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

// --screenshot OUT.png [SCRIPT | TRACE]: runs the script (or opens the trace), waits for the
// end, selects the most telling event and saves the whole window.
int screenshot(MainWindow &window, const QString &out, const QString &input, const QString &traceOut)
{
    int status = 0;
    auto shoot = [&window, out, &status, traceOut] {
        if (!traceOut.isEmpty()) {
            if (window.saveTrace(traceOut))
                std::fprintf(stderr, "loopscope: wrote %s\n", qPrintable(traceOut));
            else
                status = 1;
        }
        window.selectMostTellingEvent();
        // Let the views lay themselves out and paint the selection first.
        QTimer::singleShot(300, &window, [&window, out, &status] {
            if (!window.grab().save(out)) {
                std::fprintf(stderr, "loopscope: cannot write %s\n", qPrintable(out));
                status = 1;
            } else {
                std::fprintf(stderr, "loopscope: wrote %s\n", qPrintable(out));
            }
            QApplication::exit(status);
        });
    };
    if (input.endsWith(QStringLiteral(".lstrace"), Qt::CaseInsensitive)) {
        if (!window.openTrace(input))
            return 1;
        QTimer::singleShot(0, &window, shoot);
    } else {
        if (!input.isEmpty() && !window.openScript(input)) {
            std::fprintf(stderr, "loopscope: cannot open %s\n", qPrintable(input));
            return 1;
        }
        QObject::connect(&window, &MainWindow::runFinished, &window, [shoot] { shoot(); });
        QTimer::singleShot(0, &window, &MainWindow::runScript);
    }
    const int code = QApplication::exec();
    return code ? code : status;
}

} // namespace

int guiMain(int argc, char **argv)
{
    // Without a display (a server, CI), --screenshot renders offscreen.
    bool wantsScreenshot = false;
    for (int i = 1; i < argc; ++i)
        wantsScreenshot |= qstrcmp(argv[i], "--screenshot") == 0;
    if (wantsScreenshot && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("loopscope"));
    QApplication::setOrganizationName(QStringLiteral("loopscope"));
    QApplication::setApplicationVersion(QStringLiteral(LOOPSCOPE_VERSION));
    installTranslations(app);

    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "A script (.js) or a trace (.lstrace) to open"));
    QCommandLineOption shot(QStringLiteral("screenshot"),
                            QApplication::translate("main", "Run the script (or open the trace), select the most telling event, save the window to FILE and quit."),
                            QStringLiteral("FILE"));
    parser.addOption(shot);
    QCommandLineOption saveTrace(QStringLiteral("save-trace"),
                                 QApplication::translate("main", "With --screenshot: also save the run's trace to FILE (.lstrace)."),
                                 QStringLiteral("FILE"));
    parser.addOption(saveTrace);
    parser.process(app);
    const QString input = parser.positionalArguments().value(0);

    MainWindow window;
    window.show();
    if (parser.isSet(shot))
        return screenshot(window, parser.value(shot), input, parser.value(saveTrace));
    if (!input.isEmpty()) {
        // A script named on the command line is loaded and run at once; a trace is opened.
        if (input.endsWith(QStringLiteral(".lstrace"), Qt::CaseInsensitive))
            window.openTrace(input, true);
        else if (window.openScript(input))
            QTimer::singleShot(0, &window, &MainWindow::runScript);
    }
    return QApplication::exec();
}

} // namespace loopscope::ui
