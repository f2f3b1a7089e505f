#include "mainwindow_main.h"

#include "comparewindow.h"
#include "mainwindow.h"

#include "runtime/profile.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QFileInfo>
#include <QtCore/QLibraryInfo>
#include <QtCore/QLocale>
#include <QtCore/QSettings>
#include <QtCore/QTimer>
#include <QtCore/QTranslator>
#include <QtWidgets/QApplication>

#include <algorithm>
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

// --screenshot OUT.png [--profile NAME] [SCRIPT | TRACE]: runs the script (or opens the trace),
// waits for the end, selects the most telling event and saves the whole window.
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

// --screenshot OUT.png --compare A,B SCRIPT: runs the script under both profiles in the
// comparison window (one after the other), waits until both have ended and saves that window.
int compareScreenshot(MainWindow &window, const QString &out, const QString &input, const QStringList &profiles)
{
    if (!input.isEmpty() && !window.openScript(input)) {
        std::fprintf(stderr, "loopscope: cannot open %s\n", qPrintable(input));
        return 1;
    }
    int status = 0;
    CompareWindow *compare = window.compareWindow();
    compare->resize(1400, 900);
    auto shoot = [compare, out, &status] {
        // Let the views lay themselves out, make the window tall enough that nothing scrolls, let
        // them lay themselves out again.
        QTimer::singleShot(300, compare, [compare] {
            compare->resize(compare->width(), std::max(compare->height(), compare->heightForContent()));
        });
        QTimer::singleShot(600, compare, [compare, out, &status] {
            if (!compare->grab().save(out)) {
                std::fprintf(stderr, "loopscope: cannot write %s\n", qPrintable(out));
                status = 1;
            } else {
                std::fprintf(stderr, "loopscope: wrote %s\n", qPrintable(out));
            }
            QApplication::exit(status);
        });
    };
    QObject::connect(compare, &CompareWindow::finished, compare, shoot);
    QTimer::singleShot(0, &window, [&window, compare, profiles, shoot] {
        window.compareProfiles(profiles[0], profiles[1]);
        if (!compare->isRunning()) // neither run could start: show why
            shoot();
    });
    const int code = QApplication::exec();
    return code ? code : status;
}

// The two profiles of --compare A,B; an error message for anything else.
QStringList parseComparison(const QString &value, QString *error)
{
    const QStringList names = value.split(u',', Qt::SkipEmptyParts);
    if (names.size() != 2) {
        *error = QStringLiteral("--compare takes two profiles separated by a comma, e.g. --compare deno-1.26,deno-2.9");
        return {};
    }
    for (const QString &name : names) {
        if (!findProfile(name.trimmed())) {
            *error = QStringLiteral("unknown profile \"%1\" (the profiles: %2)").arg(name, profileNames().join(u", "));
            return {};
        }
    }
    return {names[0].trimmed(), names[1].trimmed()};
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
    QCommandLineOption profile(QStringLiteral("profile"),
                               QApplication::translate("main", "Run under the version profile NAME (%1; the default: %2).")
                                   .arg(profileNames().join(u", "), QLatin1String(defaultProfile().name)),
                               QStringLiteral("NAME"));
    parser.addOption(profile);
    QCommandLineOption compare(QStringLiteral("compare"),
                               QApplication::translate("main", "Run the script under the profiles A and B, one after the other, and show both in the comparison window (with --screenshot: save that window once both runs have ended)."),
                               QStringLiteral("A,B"));
    parser.addOption(compare);
    parser.process(app);
    const QString input = parser.positionalArguments().value(0);

    // Bad arguments: a message and exit code 2, like the command line's.
    auto usageError = [](const QString &message) {
        std::fprintf(stderr, "loopscope: %s\n", qPrintable(message));
        return 2;
    };
    if (parser.isSet(profile) && !findProfile(parser.value(profile)))
        return usageError(QStringLiteral("unknown profile \"%1\" (the profiles: %2)")
                              .arg(parser.value(profile), profileNames().join(u", ")));
    QStringList comparison;
    if (parser.isSet(compare)) {
        QString error;
        comparison = parseComparison(parser.value(compare), &error);
        if (comparison.isEmpty())
            return usageError(error);
        if (input.endsWith(QStringLiteral(".lstrace"), Qt::CaseInsensitive))
            return usageError(QStringLiteral("--compare runs a script, not a trace"));
        if (parser.isSet(saveTrace))
            return usageError(QStringLiteral("--save-trace saves the trace of one run; it does not go with --compare"));
    }

    MainWindow window;
    if (parser.isSet(profile))
        window.setProfile(parser.value(profile), /*remember=*/false);
    window.show();
    if (parser.isSet(shot) && !comparison.isEmpty())
        return compareScreenshot(window, parser.value(shot), input, comparison);
    if (parser.isSet(shot))
        return screenshot(window, parser.value(shot), input, parser.value(saveTrace));
    if (!comparison.isEmpty()) {
        if (!input.isEmpty() && !window.openScript(input))
            return QApplication::exec();
        QTimer::singleShot(0, &window, [&window, comparison] { window.compareProfiles(comparison[0], comparison[1]); });
        return QApplication::exec();
    }
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
