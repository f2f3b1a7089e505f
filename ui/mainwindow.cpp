#include "mainwindow.h"

#include "runtime/run.h"

#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtGui/QFontDatabase>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QToolBar>

namespace loopscope::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_console(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("loopscope"));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_editor->setFont(mono);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    setCentralWidget(m_editor);

    m_console->setReadOnly(true);
    m_console->setFont(mono);
    auto *dock = new QDockWidget(tr("Console"), this);
    dock->setObjectName(QStringLiteral("console"));
    dock->setWidget(m_console);
    addDockWidget(Qt::BottomDockWidgetArea, dock);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open Script…"), QKeySequence::Open, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Script"), QString(),
                                                          tr("JavaScript (*.js *.mjs);;All files (*)"));
        if (!path.isEmpty())
            openScript(path);
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QToolBar *bar = addToolBar(tr("Run"));
    bar->setObjectName(QStringLiteral("run"));
    m_runAction = bar->addAction(tr("Run"), this, &MainWindow::runScript);
    m_runAction->setShortcut(Qt::Key_F5);
    m_stopAction = bar->addAction(tr("Stop"), this, &MainWindow::stopScript);
    m_stopAction->setShortcut(Qt::SHIFT | Qt::Key_F5);
    statusBar()->addWidget(m_status, 1);
    m_status->setText(tr("Ready"));
    updateActions();
    resize(1100, 760);
}

MainWindow::~MainWindow() = default;

bool MainWindow::openScript(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("Cannot open %1: %2").arg(path, f.errorString()));
        return false;
    }
    m_editor->setPlainText(QString::fromUtf8(f.readAll()));
    m_path = QFileInfo(path).absoluteFilePath();
    setWindowTitle(tr("%1 — loopscope").arg(QFileInfo(path).fileName()));
    return true;
}

void MainWindow::runScript()
{
    if (isRunning())
        return;
    m_console->clear();
    RunOptions options;
    options.scriptPath = m_path.isEmpty() ? QStringLiteral("untitled.js") : m_path;
    options.source = m_editor->toPlainText();
    if (options.source.isEmpty())
        options.source = QStringLiteral(" ");
    m_run = std::make_unique<Run>(options);
    connect(m_run.get(), &Run::output, this, &MainWindow::appendOutput);
    connect(m_run.get(), &Run::finished, this, [this](const RunResult &result) {
        m_status->setText(tr("Finished: %1, exit code %2, %3 ms")
                              .arg(exitReasonName(result.reason))
                              .arg(result.exitCode)
                              .arg(result.durationMs, 0, 'f', 1));
        updateActions();
        Q_EMIT runFinished(result);
    });
    m_run->start();
    m_status->setText(tr("Running…"));
    updateActions();
}

void MainWindow::stopScript()
{
    if (m_run)
        m_run->stop();
}

bool MainWindow::isRunning() const
{
    return m_run && m_run->isRunning();
}

QString MainWindow::consoleText() const
{
    return m_console->toPlainText();
}

void MainWindow::appendOutput(Stream stream, const QString &text)
{
    QTextCharFormat format;
    format.setForeground(stream == Stream::Stderr ? QColor(0xb0, 0x20, 0x20) : palette().text().color());
    QTextCursor cursor(m_console->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text, format);
    m_console->ensureCursorVisible();
}

void MainWindow::updateActions()
{
    const bool running = isRunning();
    m_runAction->setEnabled(!running);
    m_stopAction->setEnabled(running);
}

} // namespace loopscope::ui
