// The German translation: translations/loopscope_de.ts is complete (nothing unfinished or empty,
// every placeholder, tag, accelerator and "…" kept), and the compiled one from the resource turns
// the main window German: menus with accelerators that do not clash, docks, table headers,
// examples, a trace file's error, the version profiles and the comparison window. Saves
// screenshots of the German window (its menus, the comparison window) to look at:
// build/<preset>/screenshots/translation-de*.png.
#include "recording.h"
#include "comparewindow.h"
#include "eventmodel.h"
#include "eventtable.h"
#include "inspector.h"
#include "mainwindow.h"
#include "profilecombo.h"
#include "tracesession.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QHash>
#include <QtCore/QLocale>
#include <QtCore/QRegularExpression>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTranslator>
#include <QtCore/QXmlStreamReader>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTableView>

using namespace loopscope;
using loopscope::test::examplePath;
using loopscope::test::recordRun;
using loopscope::test::screenshotDir;
using namespace loopscope::ui;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    QString type;             // "unfinished", "obsolete", "vanished", … or empty
    qint64 line = 0;
};

// Every message of a .ts file.
QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"context") {
                context.clear();
            } else if (xml.name() == u"name") {
                context = xml.readElementText();
            } else if (xml.name() == u"message") {
                message = Message{context, {}, {}, {}, xml.lineNumber()};
            } else if (xml.name() == u"source") {
                message.source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                message.type = xml.attributes().value(QLatin1StringView("type")).toString();
                // Plain text, or <numerusform> children.
                QString text;
                bool numerus = false;
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == u"numerusform") {
                        numerus = true;
                        message.translations << xml.readElementText();
                    } else if (xml.isEndElement() && xml.name() == u"translation")
                        break;
                }
                if (!numerus)
                    message.translations << text;
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages << message;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d+|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(1);
    found.removeDuplicates();
    return sorted(found);
}

QStringList tags(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("</?[a-zA-Z][^<>]*>"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    return sorted(found);
}

// The letters after single '&'s ("&&" is a literal ampersand).
QStringList accelerators(const QString &text)
{
    QStringList found;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        found << text[i + 1].toLower();
    }
    return found;
}

QString tsPath()
{
    return QStringLiteral(LOOPSCOPE_TS_DIR) + QStringLiteral("/loopscope_de.ts");
}

// The actions of a menu and its submenus, with the menu they are in.
void collectMenus(QMenu *menu, QList<QMenu *> &menus)
{
    menus << menu;
    for (QAction *a : menu->actions())
        if (a->menu())
            collectMenus(a->menu(), menus);
}

} // namespace

class TestTranslation : public QObject
{
    Q_OBJECT
private:
    QTranslator m_translator;
    QSet<QString> m_translations; // every translation of the .ts

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("LOOPSCOPE_DEMO_LIB", QByteArray(LOOPSCOPE_DEMO_LIB));
        // Settings of its own: no window geometry or recent files from the other tests.
        QApplication::setOrganizationName(QStringLiteral("loopscope-tests-translation"));
        QSettings().clear();
    }

    // (a) The .ts: every message finished, not empty, with what the source must keep.
    void tsIsComplete()
    {
        QString error;
        const QList<Message> messages = readTs(tsPath(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > 300, qPrintable(QString::number(messages.size())));
        qInfo("%lld messages", qlonglong(messages.size()));
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = QStringLiteral("line %1 (%2) \"%3\": ").arg(m.line).arg(m.context, m.source);
            if (!m.type.isEmpty())
                problems << where + QStringLiteral("translation type=\"%1\"").arg(m.type);
            if (m.translations.isEmpty())
                problems << where + QStringLiteral("no translation");
            for (const QString &t : m.translations) {
                m_translations.insert(t);
                if (t.trimmed().isEmpty()) {
                    problems << where + QStringLiteral("empty translation");
                    continue;
                }
                if (placeholders(t) != placeholders(m.source))
                    problems << where + QStringLiteral("placeholders %1 in \"%2\"")
                                            .arg(placeholders(m.source).join(u','), t);
                if (tags(t) != tags(m.source))
                    problems << where + QStringLiteral("HTML tags differ in \"%1\"").arg(t);
                if (accelerators(t).size() != accelerators(m.source).size())
                    problems << where + QStringLiteral("accelerators differ in \"%1\"").arg(t);
                if (m.source.endsWith(u'…') != t.endsWith(u'…'))
                    problems << where + QStringLiteral("the \"…\" differs in \"%1\"").arg(t);
                if (m.source.startsWith(u' ') != t.startsWith(u' '))
                    problems << where + QStringLiteral("the leading space differs in \"%1\"").arg(t);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // (b) The compiled translation from the resource makes the window German.
    void germanMainWindow()
    {
        QVERIFY2(m_translator.load(QLocale(QLocale::German), QStringLiteral("loopscope"), QStringLiteral("_"),
                                   QStringLiteral(":/i18n")),
                 "no :/i18n/loopscope_de.qm in the resources");
        QVERIFY(QCoreApplication::installTranslator(&m_translator));
        QVERIFY(!m_translations.isEmpty()); // from tsIsComplete

        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The menu bar, in German, its accelerators unique.
        QStringList titles;
        for (QAction *a : window.menuBar()->actions())
            if (a->menu())
                titles << a->text();
        QCOMPARE(titles, (QStringList{QStringLiteral("&Datei"), QStringLiteral("Aus&führen"), QStringLiteral("&Ansicht"),
                                      QStringLiteral("&Beispiele"), QStringLiteral("&Sprache"), QStringLiteral("&Hilfe")}));
        QStringList keys;
        for (const QString &t : titles)
            keys << accelerators(t);
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), keys.size());

        // Every menu's entries: translated, and no two with the same accelerator.
        QList<QMenu *> menus;
        for (QAction *a : window.menuBar()->actions())
            if (a->menu())
                collectMenus(a->menu(), menus);
        const QSet<QString> untranslatable{QStringLiteral("English"), QStringLiteral("Deutsch")};
        QStringList problems;
        for (QMenu *menu : menus) {
            if (menu->objectName() == u"recent" || menu->title() == u"&Zuletzt geöffnet")
                continue; // file names
            QHash<QString, QString> used;
            for (QAction *a : menu->actions()) {
                if (a->isSeparator() && a->text().isEmpty())
                    continue;
                const QString text = a->text();
                if (!m_translations.contains(text) && !untranslatable.contains(text))
                    problems << QStringLiteral("%1: \"%2\" is not a translation").arg(menu->title(), text);
                for (const QString &key : accelerators(text)) {
                    if (used.contains(key))
                        problems << QStringLiteral("%1: \"%2\" and \"%3\" share &%4")
                                        .arg(menu->title(), used.value(key), text, key);
                    used.insert(key, text);
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        // The docks, the table's headers, the examples' explanation.
        QStringList docks;
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            docks << dock->windowTitle();
        QCOMPARE(sorted(docks), sorted({QStringLiteral("Skript"), QStringLiteral("Konsole"), QStringLiteral("Ereignisse"),
                                        QStringLiteral("Inspektor")}));
        EventModel *model = window.eventTable()->model();
        for (int c = 0; c < model->columnCount(); ++c) {
            const QString header = model->headerData(c, Qt::Horizontal).toString();
            QVERIFY2(m_translations.contains(header), qPrintable(header));
        }
        QCOMPARE(model->headerData(EventModel::TimeColumn, Qt::Horizontal).toString(), QStringLiteral("Zeit (ms)"));

        // A trace file's error (core/trace) comes in German too.
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.lstrace"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a trace, and it is long enough to have a header that is not SQLite's at all");
        f.close();
        QString error;
        QVERIFY(!window.session()->loadFile(bad, &error));
        QVERIFY2(error.contains(QStringLiteral("ist kein loopscope-Trace")),
                 qPrintable(error + QStringLiteral(" (is the context loopscope::trace::TraceFile in the .ts?)")));

        // The seed's example, run and with its most telling event selected, as a user sees it.
        QVERIFY(window.openExample(QStringLiteral("threadsafe-microtask.js")));
        QSignalSpy finished(&window, &MainWindow::runFinished);
        window.runScript();
        QVERIFY(finished.wait(20000));
        QVERIFY(window.session()->size() > 20);

        // The status bar's exit text: "Finished: completed, exit code 0, …" in German.
        QString exitText;
        for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
            if (label->text().startsWith(QStringLiteral("Beendet: ")))
                exitText = label->text();
        QVERIFY2(exitText.startsWith(QStringLiteral("Beendet: abgeschlossen, Exit-Code 0, ")),
                 qPrintable(QStringLiteral("status bar: ") + window.statusBar()->currentMessage() + exitText));

        QVERIFY(window.selectMostTellingEvent());
        QTest::qWait(300);

        // The inspector's "why" (core/trace's Replay) in German: the thread-safe callback waited
        // for phase 2a, and its causes come with "weil … zuvor".
        const QStringList description = window.inspector()->sectionLines(Inspector::Description);
        const QStringList why = window.inspector()->sectionLines(Inspector::Why);
        const QString whyText = why.join(u'\n');
        QVERIFY2(!why.isEmpty(), "no why lines");
        QVERIFY2(whyText.contains(QStringLiteral("Warum jetzt: Ein Aufruf aus einem anderen Thread wartet im Eingang, "
                                                 "bis die Loop Phase 2a (Fremdaufrufe) erreicht")),
                 qPrintable(whyText));
        QVERIFY2(whyText.contains(QStringLiteral("weil ")), qPrintable(whyText));
        for (const QString &english : {QStringLiteral("Why now"), QStringLiteral("because"), QStringLiteral("the loop")})
            QVERIFY2(!whyText.contains(english), qPrintable(english + QStringLiteral(" in: ") + whyText));
        QCOMPARE(description.size(), 1);
        // "[… ms, engine] Callback #4 (anonymous) begann (threadsicher)": the callback kind is
        // Replay::valueText's, German too, not event.h's stable name "threadsafe".
        QVERIFY2(description.first().endsWith(QStringLiteral(" begann (threadsicher)")),
                 qPrintable(description.first()));
        for (const QString &english : {QStringLiteral("threadsafe"), QStringLiteral("thread-safe")})
            QVERIFY2(!description.first().contains(english), qPrintable(description.first()));
        QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("/translation-de.png")));

        // The menus, opened, to see that the German entries fit.
        int i = 0;
        for (QAction *a : window.menuBar()->actions()) {
            QMenu *menu = a->menu();
            if (!menu)
                continue;
            menu->popup(window.mapToGlobal(QPoint(0, 0)));
            QVERIFY(QTest::qWaitForWindowExposed(menu));
            QVERIFY(menu->grab().save(screenshotDir() + QStringLiteral("/translation-de-menu-%1.png").arg(++i)));
            menu->hide();
        }
        // The event table, its dock brought to the front, with its filters.
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            if (dock->widget() == window.eventTable())
                dock->raise();
        QTest::qWait(100);
        QVERIFY(window.eventTable()->grab().save(screenshotDir() + QStringLiteral("/translation-de-events.png")));

        // The profile selector and the comparison window, German too: the profiles' summaries
        // (core/runtime/profile.cpp, context "Profile") and the window's own texts.
        QCOMPARE(window.profile(), QStringLiteral("deno-2.9"));
        QCOMPARE(window.profileCombo()->currentText(), QStringLiteral("deno-2.9 — das heutige Deno (die Voreinstellung)"));
        QVERIFY2(window.profileDescriptionText().startsWith(QStringLiteral("Läufe verhalten sich wie deno-2.9")),
                 qPrintable(window.profileDescriptionText()));
        CompareWindow *compare = window.compareWindow();
        compare->resize(1400, 900);
        QSignalSpy compared(compare, &CompareWindow::finished);
        window.compareProfiles(QStringLiteral("deno-1.26"), QStringLiteral("deno-2.9"));
        QVERIFY(compared.wait(30000));
        QVERIFY2(compare->windowTitle().startsWith(QStringLiteral("Profile vergleichen: ")), qPrintable(compare->windowTitle()));
        QVERIFY2(compare->headerText(CompareWindow::Top).contains(QStringLiteral("eine FFI-Middleware")),
                 qPrintable(compare->headerText(CompareWindow::Top)));
        QVERIFY2(compare->headerText(CompareWindow::Bottom).contains(QStringLiteral("Exit-Code 0: abgeschlossen")),
                 qPrintable(compare->headerText(CompareWindow::Bottom)));
        QTest::qWait(300); // the plots lay themselves out
        compare->resize(1400, std::max(900, compare->heightForContent())); // nothing scrolled away
        QTest::qWait(300);
        QVERIFY(compare->grab().save(screenshotDir() + QStringLiteral("/translation-de-compare.png")));
        compare->close();

        QCoreApplication::removeTranslator(&m_translator);
    }
};

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
