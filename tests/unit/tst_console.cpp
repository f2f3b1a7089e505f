// console formatting: every case in data/console_cases.json (captured from real Deno 2.9.6 by
// tests/tools/console/generate.sh) is logged through the runtime's console.log and must print
// exactly what Deno printed.
#include "scriptrunner.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QtTest>

using namespace loopscope;

class TestConsole : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formatting_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        QFile f(qEnvironmentVariable("LOOPSCOPE_SOURCE_DIR") + QStringLiteral("/tests/unit/data/console_cases.json"));
        QVERIFY2(f.open(QIODevice::ReadOnly), "tests/unit/data/console_cases.json is missing");
        const QJsonArray cases = QJsonDocument::fromJson(f.readAll()).array();
        QVERIFY2(cases.size() >= 100, "too few console cases");
        for (const QJsonValue &v : cases) {
            const QJsonObject c = v.toObject();
            QTest::newRow(qPrintable(c.value(u"name").toString()))
                << c.value(u"code").toString() << c.value(u"expected").toString();
        }
    }
    void formatting()
    {
        QFETCH(QString, code);
        QFETCH(QString, expected);
        const test::ScriptOutput run = test::runScript(QStringLiteral("console.log(...(%1));\n").arg(code));
        QCOMPARE(run.err, QString());
        QCOMPARE(run.out, expected + u'\n');
    }

    void streams()
    {
        const test::ScriptOutput run = test::runScript(QStringLiteral(
            "console.log('a'); console.error('b'); console.info('c'); console.warn('d'); console.debug('e');"));
        QCOMPARE(run.out, QStringLiteral("a\nc\ne\n"));
        QCOMPARE(run.err, QStringLiteral("b\nd\n"));
        QCOMPARE(run.merged, QStringLiteral("a\nb\nc\nd\ne\n"));
    }
};

QTEST_GUILESS_MAIN(TestConsole)
#include "tst_console.moc"
