// Phase order, one table row per script in data/eventloop: each script runs on a real engine
// thread and its output (stdout and stderr merged) must equal what real Deno 2.9.6 printed
// (data/eventloop/*.expected, made by tests/tools/eventloop/generate.sh).
#include "scriptrunner.h"

#include <QtCore/QDir>
#include <QtCore/QRegularExpression>
#include <QtTest/QtTest>

using namespace loopscope;

namespace {

QString dataDir()
{
    return qEnvironmentVariable("LOOPSCOPE_SOURCE_DIR") + QStringLiteral("/tests/unit/data/eventloop");
}

// The same normalisation the conformance suite uses: temp paths, process ids, stack frames.
QString normalise(QString text, const QString &dir)
{
    text.replace(dir, QStringLiteral("$DIR"));
    static const QRegularExpression pid(QStringLiteral("\\((node|deno):[0-9]+\\)"));
    text.replace(pid, QStringLiteral("(\\1:PID)"));
    QStringList out;
    bool inFrames = false;
    static const QRegularExpression frame(QStringLiteral("^ +at "));
    for (const QString &line : text.split(u'\n')) {
        if (frame.match(line).hasMatch()) {
            if (!inFrames)
                out << QStringLiteral("    at …");
            inFrames = true;
            continue;
        }
        inFrames = false;
        out << line;
    }
    return out.join(u'\n');
}

QString readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

} // namespace

class TestEventLoop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void phaseOrder_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("expected");
        const QDir dir(dataDir());
        const QStringList scripts = dir.entryList({QStringLiteral("*.js")}, QDir::Files, QDir::Name);
        QVERIFY2(scripts.size() >= 10, "the phase-order table is missing");
        for (const QString &name : scripts) {
            const QString expected = readFile(dir.filePath(QFileInfo(name).completeBaseName() + u".expected"));
            QTest::newRow(qPrintable(name)) << readFile(dir.filePath(name)) << expected;
        }
    }
    void phaseOrder()
    {
        QFETCH(QString, script);
        QFETCH(QString, expected);
        QVERIFY2(!expected.isEmpty(), "no expectation recorded from Deno for this script");
        const test::ScriptOutput run = test::runScript(script);
        QVERIFY(run.finished);
        QString text = run.merged;
        if (!text.isEmpty() && !text.endsWith(u'\n'))
            text += u'\n';
        text += QStringLiteral("[exit %1]\n").arg(run.result.exitCode);
        QCOMPARE(normalise(text, test::scriptDir()), expected);
    }

    void exitReasons_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("reason");
        QTest::newRow("normal end") << "console.log(1)" << int(ExitReason::Completed);
        QTest::newRow("throw at top level") << "throw new Error('x')" << int(ExitReason::UnhandledRejection);
        QTest::newRow("throw in timer") << "setTimeout(() => { throw 1 }, 1)" << int(ExitReason::UncaughtException);
        QTest::newRow("unhandled rejection") << "Promise.reject(2)" << int(ExitReason::UnhandledRejection);
        QTest::newRow("syntax error") << "let x = ;" << int(ExitReason::SyntaxError);
        QTest::newRow("import refused") << "import './other.js'" << int(ExitReason::LoadError);
        QTest::newRow("stalled top-level await") << "await new Promise(() => {})" << int(ExitReason::StalledTopLevelAwait);
    }
    void exitReasons()
    {
        QFETCH(QString, script);
        QFETCH(int, reason);
        const test::ScriptOutput run = test::runScript(script);
        QVERIFY(run.finished);
        QCOMPARE(int(run.result.reason), reason);
        QCOMPARE(run.result.exitCode, exitCodeFor(ExitReason(reason)));
    }
};

QTEST_GUILESS_MAIN(TestEventLoop)
#include "tst_eventloop.moc"
