#include "mainwindow.h"

#include "comparewindow.h"
#include "consoleview.h"
#include "eventmodel.h"
#include "eventtable.h"
#include "examples.h"
#include "inspector.h"
#include "profilecombo.h"
#include "progress.h"
#include "scripteditor.h"
#include "timeline/timelineview.h"
#include "tracesession.h"

#include "runtime/profile.h"
#include "runtime/run.h"
#include "trace/export.h"
#include "trace/recorder.h"

#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QMimeData>
#include <QtCore/QPointer>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtGui/QCloseEvent>
#include <QtGui/QDragEnterEvent>
#include <QtGui/QDropEvent>
#include <QtGui/QFontDatabase>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QProgressDialog>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTextBrowser>
#include <QtWidgets/QToolBar>
#include <QtWidgets/QVBoxLayout>

namespace loopscope::ui {

namespace {

constexpr int kMaxRecent = 8;

QDockWidget *makeDock(QMainWindow *window, const QString &title, const char *name, QWidget *content)
{
    auto *dock = new QDockWidget(title, window);
    dock->setObjectName(QLatin1StringView(name));
    dock->setWidget(content);
    return dock;
}

bool isTracePath(const QString &path)
{
    return path.endsWith(QStringLiteral(".lstrace"), Qt::CaseInsensitive);
}

} // namespace

QString MainWindow::exitReasonText(ExitReason reason)
{
    switch (reason) {
    case ExitReason::Completed: return tr("completed");
    case ExitReason::UncaughtException: return tr("uncaught exception");
    case ExitReason::UnhandledRejection: return tr("unhandled rejection");
    case ExitReason::SyntaxError: return tr("syntax error");
    case ExitReason::LoadError: return tr("the script could not be loaded");
    case ExitReason::StalledTopLevelAwait: return tr("top-level await never resolved");
    case ExitReason::Stopped: return tr("stopped");
    case ExitReason::TimedOut: return tr("time limit reached");
    }
    return {};
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new TraceSession(this))
    , m_editor(new ScriptEditor(this))
    , m_exampleText(new QTextBrowser(this))
    , m_profileText(new QTextBrowser(this))
    , m_console(new ConsoleView(this))
    , m_timeline(new TimelineView(m_session, this))
    , m_table(new EventTable(m_session, this))
    , m_inspector(new Inspector(m_session, this))
    , m_stateLabel(new QLabel(this))
    , m_eventsLabel(new QLabel(this))
    , m_profileLabel(new QLabel(this))
    , m_statusTimer(new QTimer(this))
    , m_nextKind(new QComboBox(this))
    , m_profileBox(new ProfileCombo(this))
{
    setWindowTitle(tr("loopscope"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);

    setCentralWidget(m_timeline);

    // The script and, for a bundled example, what it shows; what the chosen profile does.
    auto *scriptPane = new QSplitter(Qt::Vertical, this);
    m_exampleText->setOpenLinks(false); // its one link compares profiles
    m_exampleText->setMaximumHeight(190);
    m_exampleText->hide();
    connect(m_exampleText, &QTextBrowser::anchorClicked, this, &MainWindow::exampleLinkClicked);
    m_profileText->setObjectName(QStringLiteral("profileDescription"));
    scriptPane->addWidget(m_exampleText);
    scriptPane->addWidget(m_profileText);
    scriptPane->addWidget(m_editor);
    scriptPane->setStretchFactor(0, 0);
    scriptPane->setStretchFactor(1, 0);
    scriptPane->setStretchFactor(2, 1);
    scriptPane->setSizes({170, 140, 500});
    scriptPane->setChildrenCollapsible(false);
    QDockWidget *scriptDock = makeDock(this, tr("Script"), "script", scriptPane);
    addDockWidget(Qt::LeftDockWidgetArea, scriptDock);

    QDockWidget *consoleDock = makeDock(this, tr("Console"), "console", m_console);
    QDockWidget *eventsDock = makeDock(this, tr("Events"), "events", m_table);
    addDockWidget(Qt::BottomDockWidgetArea, consoleDock);
    addDockWidget(Qt::BottomDockWidgetArea, eventsDock);
    tabifyDockWidget(consoleDock, eventsDock);
    consoleDock->raise();
    QDockWidget *inspectorDock = makeDock(this, tr("Inspector"), "inspector", m_inspector);
    addDockWidget(Qt::RightDockWidgetArea, inspectorDock);
    // Sizes that suit a first start; later ones come back from the settings.
    scriptDock->setMinimumWidth(300);
    inspectorDock->setMinimumWidth(300);
    resizeDocks({scriptDock, inspectorDock}, {420, 360}, Qt::Horizontal);
    resizeDocks({consoleDock}, {200}, Qt::Vertical);

    createActions();
    createMenus();

    // A long message (a path) is cut rather than pushing the permanent labels out of the window.
    m_stateLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addWidget(m_stateLabel, 1);
    statusBar()->addPermanentWidget(m_profileLabel);
    statusBar()->addPermanentWidget(m_eventsLabel);
    m_profileLabel->hide();
    m_statusTimer->setInterval(250);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    connect(m_session, &TraceSession::eventsAppended, this, &MainWindow::updateActions);
    connect(m_session, &TraceSession::reset, this, &MainWindow::updateActions);
    connect(m_session, &TraceSession::selectionChanged, this, &MainWindow::updateActions);

    // The profile of the runs: the one chosen last time, else today's Deno.
    m_profileBox->setProfile(QSettings().value(QStringLiteral("profile")).toString());
    connect(m_profileBox, &ProfileCombo::profileChanged, this, [this](const QString &name) {
        if (m_rememberProfile)
            QSettings().setValue(QStringLiteral("profile"), name);
        showProfile();
    });
    showProfile();
    connect(m_editor, &QPlainTextEdit::textChanged, this, &MainWindow::updateSuggestion);
    updateSuggestion();

    m_stateLabel->setText(tr("Ready"));
    resize(1400, 900);
    restoreSettings();
    updateActions();
    updateStatus();
}

MainWindow::~MainWindow()
{
    if (m_run) {
        m_run->stop();
        m_run->wait(5000);
    }
}

void MainWindow::createActions()
{
    m_runAction = new QAction(tr("&Run"), this);
    m_runAction->setShortcut(Qt::Key_F5);
    m_runAction->setToolTip(tr("Run the script and record what happens (F5)"));
    connect(m_runAction, &QAction::triggered, this, &MainWindow::runScript);
    m_stopAction = new QAction(tr("&Stop"), this);
    m_stopAction->setShortcut(Qt::SHIFT | Qt::Key_F5);
    connect(m_stopAction, &QAction::triggered, this, &MainWindow::stopScript);
    m_backAction = new QAction(tr("Step &Back"), this);
    m_backAction->setShortcut(Qt::ALT | Qt::Key_Left);
    m_backAction->setToolTip(tr("Select the previous event (Alt+Left)"));
    connect(m_backAction, &QAction::triggered, this, &MainWindow::stepBack);
    m_forwardAction = new QAction(tr("Step &Forward"), this);
    m_forwardAction->setShortcut(Qt::ALT | Qt::Key_Right);
    m_forwardAction->setToolTip(tr("Select the next event (Alt+Right)"));
    connect(m_forwardAction, &QAction::triggered, this, &MainWindow::stepForward);
    m_nextAction = new QAction(tr("Run to &Next"), this);
    m_nextAction->setShortcut(Qt::ALT | Qt::Key_Down);
    m_nextAction->setToolTip(tr("Select the next event of the chosen kind (Alt+Down)"));
    connect(m_nextAction, &QAction::triggered, this, [this] {
        runToNext(trace::Kind(m_nextKind->currentData().toInt()));
    });
    // The kinds worth jumping to, most useful first.
    const trace::Kind kinds[] = {trace::Kind::CallbackStart, trace::Kind::MicrotaskRunStart,
                                 trace::Kind::ForeignCallQueued, trace::Kind::ForeignCallReleased,
                                 trace::Kind::TimerFired, trace::Kind::Wake, trace::Kind::NativeCallStart,
                                 trace::Kind::ConsoleOutput, trace::Kind::CheckpointStart, trace::Kind::Ref,
                                 trace::Kind::Unref, trace::Kind::Diagnostic};
    for (trace::Kind k : kinds)
        m_nextKind->addItem(EventModel::kindLabel(k), int(k));
    m_nextKind->setToolTip(tr("The kind of event \"Run to Next\" looks for"));

    m_profileBox->setObjectName(QStringLiteral("profile"));
    m_compareAction = new QAction(tr("&Compare Profiles…"), this);
    m_compareAction->setShortcut(Qt::CTRL | Qt::Key_F5);
    m_compareAction->setIconText(tr("Compare…"));
    m_compareAction->setToolTip(tr("Run the script under two version profiles and show both timelines, one "
                                   "above the other (Ctrl+F5)"));
    connect(m_compareAction, &QAction::triggered, this, [this] { compareProfiles(); });
    // Shown when the script names the profiles it shows a difference between.
    m_suggestedCompareAction = new QAction(tr("Compare the Profiles the Script Names"), this);
    m_suggestedCompareAction->setVisible(false);
    connect(m_suggestedCompareAction, &QAction::triggered, this, [this] {
        if (m_suggested.size() == 2)
            compareProfiles(m_suggested[0], m_suggested[1]);
    });

    m_saveTraceAction = new QAction(tr("Save &Trace As…"), this);
    connect(m_saveTraceAction, &QAction::triggered, this, [this] {
        const QString path = askSavePath(tr("Save Trace"), tr("loopscope traces (*.lstrace)"), QStringLiteral("lstrace"));
        if (!path.isEmpty())
            saveTrace(path);
    });
    m_exportChromeAction = new QAction(tr("Export &Chrome Trace JSON…"), this);
    connect(m_exportChromeAction, &QAction::triggered, this, [this] {
        const QString path = askSavePath(tr("Export Chrome Trace"), tr("Chrome trace JSON (*.json)"), QStringLiteral("json"));
        if (!path.isEmpty())
            exportChrome(path);
    });
    m_exportImageAction = new QAction(tr("Export Timeline &Image…"), this);
    connect(m_exportImageAction, &QAction::triggered, this, [this] {
        const QString path = askSavePath(tr("Export Timeline"), tr("PNG image (*.png);;SVG image (*.svg);;PDF (*.pdf)"),
                                         QStringLiteral("png"));
        if (!path.isEmpty())
            exportTimeline(path);
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Script"), QKeySequence::New, this, [this] {
        m_editor->clear();
        m_path.clear();
        showExample({});
        setWindowTitle(tr("loopscope"));
    });
    file->addAction(tr("&Open…"), QKeySequence::Open, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open Script or Trace"), QString(),
            tr("Scripts and traces (*.js *.mjs *.lstrace);;JavaScript (*.js *.mjs);;loopscope traces (*.lstrace);;All files (*)"));
        if (!path.isEmpty())
            openPath(path);
    });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addAction(tr("&Save Script"), QKeySequence::Save, this, [this] {
        const QString path = m_path.isEmpty()
            ? askSavePath(tr("Save Script"), tr("JavaScript (*.js)"), QStringLiteral("js"))
            : m_path;
        if (!path.isEmpty())
            saveScript(path);
    });
    file->addAction(tr("Save Script &As…"), QKeySequence::SaveAs, this, [this] {
        const QString path = askSavePath(tr("Save Script"), tr("JavaScript (*.js)"), QStringLiteral("js"));
        if (!path.isEmpty())
            saveScript(path);
    });
    file->addSeparator();
    file->addAction(m_saveTraceAction);
    file->addAction(m_exportChromeAction);
    file->addAction(m_exportImageAction);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->addAction(m_runAction);
    run->addAction(m_stopAction);
    run->addSeparator();
    run->addAction(m_compareAction);
    run->addAction(m_suggestedCompareAction);
    run->addSeparator();
    run->addAction(m_backAction);
    run->addAction(m_forwardAction);
    run->addAction(m_nextAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Fit All"), this, [this] { m_timeline->fitAll(); })->setShortcut(Qt::CTRL | Qt::Key_0);
    view->addAction(tr("Zoom &In"), this, [this] { m_timeline->zoomIn(); })->setShortcut(QKeySequence::ZoomIn);
    view->addAction(tr("Zoom &Out"), this, [this] { m_timeline->zoomOut(); })->setShortcut(QKeySequence::ZoomOut);
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    QMenu *examples = menuBar()->addMenu(tr("&Examples"));
    QString category;
    for (const Example &e : Examples::all()) {
        if (e.category != category) {
            category = e.category;
            examples->addSection(category);
        }
        QAction *a = examples->addAction(e.title, this, [this, file = e.file] { openExample(file); });
        a->setToolTip(e.explanation);
    }
    examples->setToolTipsVisible(true);

    QMenu *language = menuBar()->addMenu(tr("&Language"));
    const QString current = QSettings().value(QStringLiteral("language")).toString();
    const std::pair<QString, QString> languages[] = {
        {QString(), tr("System default")}, {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")}};
    for (const auto &[code, name] : languages) {
        QAction *a = language->addAction(name, this, [this, code = code] { chooseLanguage(code); });
        a->setCheckable(true);
        a->setChecked(code == current);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About loopscope"), this, [this] {
        QMessageBox::about(this, tr("About loopscope"),
                           tr("<p><b>loopscope %1</b></p><p>Runs JavaScript written against Deno's FFI on an "
                              "embedded V8 whose event loop reproduces Deno 2.9 (or, with a version profile, "
                              "an older Deno), records every callback, microtask, timer and thread hop, and "
                              "shows why each ran when it did.</p>")
                               .arg(QStringLiteral(LOOPSCOPE_VERSION)));
    });

    QToolBar *bar = addToolBar(tr("Run"));
    bar->setObjectName(QStringLiteral("run"));
    bar->addAction(m_runAction);
    bar->addAction(m_stopAction);
    auto *profileLabel = new QLabel(tr("Profile:"), this);
    profileLabel->setContentsMargins(6, 0, 4, 0);
    profileLabel->setToolTip(tr("Which Deno release's behaviour the runs reproduce"));
    bar->addWidget(profileLabel);
    bar->addWidget(m_profileBox);
    bar->addAction(m_compareAction);
    bar->addAction(m_suggestedCompareAction);
    bar->addSeparator();
    bar->addAction(m_backAction);
    bar->addAction(m_forwardAction);
    bar->addWidget(m_nextKind);
    bar->addAction(m_nextAction);
    bar->addSeparator();
    bar->addAction(tr("Fit"), this, [this] { m_timeline->fitAll(); });
    bar->addAction(tr("Zoom In"), this, [this] { m_timeline->zoomIn(); });
    bar->addAction(tr("Zoom Out"), this, [this] { m_timeline->zoomOut(); });
}

// --- files -----------------------------------------------------------------------------------

bool MainWindow::openScript(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_stateLabel->setText(tr("Cannot open %1: %2").arg(path, f.errorString()));
        return false;
    }
    m_editor->setPlainText(QString::fromUtf8(f.readAll()));
    m_path = QFileInfo(path).absoluteFilePath();
    // A bundled example opened from disk still gets its explanation.
    showExample(Examples::forPath(path).file);
    setWindowTitle(tr("%1 — loopscope").arg(QFileInfo(path).fileName()));
    addRecent(m_path);
    return true;
}

bool MainWindow::openExample(const QString &file)
{
    const QString text = Examples::source(file);
    if (text.isEmpty()) {
        m_stateLabel->setText(tr("There is no example %1").arg(file));
        return false;
    }
    m_editor->setPlainText(text);
    m_path.clear();
    showExample(file);
    setWindowTitle(tr("%1 — loopscope").arg(file));
    return true;
}

void MainWindow::showExample(const QString &file)
{
    m_exampleFile = file;
    const Example e = file.isEmpty() ? Example() : Examples::forPath(file);
    if (e.file.isEmpty()) {
        m_exampleText->hide();
        return;
    }
    QString html = QStringLiteral("<p><b>%1</b></p><p>%2</p><p><i>%3</i></p>")
                       .arg(e.title.toHtmlEscaped(), e.explanation.toHtmlEscaped(),
                            tr("Run it (F5), then click a callback on the timeline to see why it ran "
                               "when it did.")
                                .toHtmlEscaped());
    // An example about a difference between Deno releases offers the comparison that shows it.
    if (m_suggested.size() == 2)
        html += QStringLiteral("<p><a href=\"loopscope:compare\"><b>%1</b></a> %2</p>")
                    .arg(tr("Compare %1 with %2").arg(m_suggested[0], m_suggested[1]).toHtmlEscaped(),
                         tr("(runs it under both and shows the two timelines)").toHtmlEscaped());
    m_exampleText->setHtml(html);
    m_exampleText->show();
}

void MainWindow::exampleLinkClicked(const QUrl &url)
{
    if (url.toString() == QStringLiteral("loopscope:compare") && m_suggested.size() == 2)
        compareProfiles(m_suggested[0], m_suggested[1]);
}

void MainWindow::updateSuggestion()
{
    const QStringList suggested = Examples::compareProfiles(m_editor->toPlainText());
    if (suggested == m_suggested)
        return;
    m_suggested = suggested;
    m_suggestedCompareAction->setVisible(m_suggested.size() == 2);
    if (m_suggested.size() == 2) {
        m_suggestedCompareAction->setText(tr("Compare %1 with %2").arg(m_suggested[0], m_suggested[1]));
        m_suggestedCompareAction->setToolTip(
            tr("The script shows a difference between %1 and %2: run it under both and compare")
                .arg(m_suggested[0], m_suggested[1]));
    }
    if (!m_exampleFile.isEmpty())
        showExample(m_exampleFile);
}

QString MainWindow::profile() const
{
    return m_profileBox->profile();
}

bool MainWindow::setProfile(const QString &name, bool remember)
{
    if (!findProfile(name))
        return false;
    const bool was = m_rememberProfile;
    m_rememberProfile = remember;
    m_profileBox->setProfile(name);
    m_rememberProfile = was;
    return true;
}

void MainWindow::showProfile()
{
    const Profile *p = findProfile(profile());
    if (!p)
        return;
    m_profileText->setHtml(QStringLiteral("<p><b>%1</b> <span style=\"color:#606468\">(Deno %2)</span></p><p>%3</p>")
                               .arg(tr("Runs behave like %1").arg(QLatin1String(p->name)).toHtmlEscaped(),
                                    QString::fromLatin1(p->versions).toHtmlEscaped(), p->description().toHtmlEscaped()));
}

QString MainWindow::profileDescriptionText() const
{
    return m_profileText->toPlainText();
}

CompareWindow *MainWindow::compareWindow()
{
    if (!m_compare) {
        m_compare = new CompareWindow(this);
        m_compare->setRunOptionsSource([this] { return runOptions(); });
    }
    return m_compare;
}

void MainWindow::compareProfiles(const QString &top, const QString &bottom)
{
    QString a = top, b = bottom;
    if (a.isEmpty() || b.isEmpty()) {
        if (m_suggested.size() == 2) {
            a = m_suggested[0];
            b = m_suggested[1];
        } else {
            // The chosen profile and the one before it, the older one on top.
            const QStringList names = profileNames();
            const int i = std::max(0, int(names.indexOf(profile())));
            a = i > 0 ? names[i - 1] : names.value(0);
            b = i > 0 ? names[i] : names.value(1);
        }
    }
    CompareWindow *w = compareWindow();
    w->setProfiles(a, b);
    w->show();
    w->raise();
    w->activateWindow();
    if (!w->isRunning()) {
        w->start();
        return;
    }
    // Still running: stop, then start anew.
    auto restart = std::make_shared<QMetaObject::Connection>();
    *restart = connect(w, &CompareWindow::finished, this, [w, restart] {
        QObject::disconnect(*restart);
        w->start();
    });
    w->stop();
}

bool MainWindow::openTrace(const QString &path, bool interactive)
{
    if (isRunning()) {
        m_stateLabel->setText(tr("Stop the run before opening a trace"));
        return false;
    }
    // A big trace takes a while to read: off the GUI thread, with a Cancel button.
    auto loaded = std::make_shared<trace::TraceData>();
    QString error;
    const WorkResult result = runWithProgress(
        this, tr("Opening %1…").arg(QFileInfo(path).fileName()),
        [loaded, path](QString *err, const std::atomic<bool> &) { return trace::readTrace(path, loaded.get(), err); },
        &error);
    if (result == WorkResult::Cancelled) {
        m_stateLabel->setText(tr("Opening %1 was cancelled").arg(path));
        return false;
    }
    if (result == WorkResult::Failed) {
        m_stateLabel->setText(error);
        if (interactive)
            QMessageBox::warning(this, tr("Cannot open the trace"), error);
        return false;
    }
    m_session->setData(std::move(*loaded));
    m_tracePath = QFileInfo(path).absoluteFilePath();
    const trace::TraceData &data = m_session->data();
    auto meta = [&data](const char *key) {
        auto it = data.meta.find(QLatin1StringView(key));
        return it == data.meta.end() ? QString() : it->second;
    };
    // The recorded script comes along: show it (read-only until edited and run again).
    const QString script = meta("script_text");
    if (!script.isEmpty()) {
        m_editor->setPlainText(script);
        m_path = meta("script_path");
        showExample(Examples::forPath(m_path).file);
    }
    m_console->clear();
    for (const trace::Event &e : data.events)
        if (e.kind == trace::Kind::ConsoleOutput)
            appendOutput(e.value == 0 ? Stream::Stdout : Stream::Stderr, data.string(e.str));
    m_timeline->fitAll();
    m_lastStatus = tr("Trace %1: %2 events, %3%4")
                       .arg(QFileInfo(path).fileName())
                       .arg(data.events.size())
                       .arg(meta("exit_reason").isEmpty() ? tr("no exit recorded") : meta("exit_reason"))
                       .arg(data.complete ? QString() : tr(" (incomplete: the recording process ended early)"));
    // The profile it was recorded with is shown, not chosen: the next run keeps the chosen one.
    // (Traces of builds before the profiles say how the run was made there: "gui", "cli".)
    m_shownProfile = meta(trace::metakey::profile);
    if (!m_shownProfile.startsWith(QStringLiteral("deno-")))
        m_shownProfile.clear();
    if (m_shownProfile.isEmpty()) {
        setWindowTitle(tr("%1 — loopscope").arg(QFileInfo(path).fileName()));
        m_profileLabel->hide();
    } else {
        m_lastStatus += tr(", recorded with %1").arg(m_shownProfile);
        setWindowTitle(tr("%1 (%2) — loopscope").arg(QFileInfo(path).fileName(), m_shownProfile));
        showShownProfile(tr("Recorded with %1").arg(m_shownProfile));
    }
    addRecent(m_tracePath);
    updateStatus();
    updateActions();
    return true;
}

bool MainWindow::openPath(const QString &path)
{
    return isTracePath(path) ? openTrace(path, true) : openScript(path);
}

bool MainWindow::saveScript(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(m_editor->toPlainText().toUtf8()) < 0) {
        QMessageBox::warning(this, tr("Cannot save"), tr("Cannot write %1: %2").arg(path, f.errorString()));
        return false;
    }
    m_path = QFileInfo(path).absoluteFilePath();
    setWindowTitle(tr("%1 — loopscope").arg(QFileInfo(path).fileName()));
    addRecent(m_path);
    m_stateLabel->setText(tr("Saved %1").arg(path));
    return true;
}

bool MainWindow::saveTrace(const QString &path)
{
    if (m_tracePath.isEmpty() || isRunning()) {
        m_stateLabel->setText(tr("There is no finished trace to save"));
        return false;
    }
    if (QFileInfo(path).absoluteFilePath() == m_tracePath)
        return true;
    QFile::remove(path);
    if (!QFile::copy(m_tracePath, path)) {
        QMessageBox::warning(this, tr("Cannot save"), tr("Cannot write the trace to %1").arg(path));
        return false;
    }
    m_stateLabel->setText(tr("Saved the trace to %1").arg(path));
    addRecent(QFileInfo(path).absoluteFilePath());
    return true;
}

bool MainWindow::exportChrome(const QString &path)
{
    // The export reads a copy of the trace, so that the views can go on with theirs.
    auto data = std::make_shared<trace::TraceData>(m_session->data());
    QString error;
    const WorkResult result = runWithProgress(
        this, tr("Exporting %1…").arg(QFileInfo(path).fileName()),
        [data, path](QString *err, const std::atomic<bool> &cancelled) {
            const bool ok = trace::exportChrome(*data, path, err);
            if (cancelled.load())
                QFile::remove(path); // nobody wants the file any more
            return ok;
        },
        &error);
    if (result == WorkResult::Cancelled) {
        m_stateLabel->setText(tr("The export was cancelled"));
        return false;
    }
    if (result == WorkResult::Failed) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return false;
    }
    m_stateLabel->setText(tr("Exported %1 (open it in https://ui.perfetto.dev)").arg(path));
    return true;
}

bool MainWindow::exportTimeline(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!m_timeline->saveImage(path, suffix.isEmpty() ? QStringLiteral("png") : suffix)) {
        QMessageBox::warning(this, tr("Export failed"), tr("Cannot write %1").arg(path));
        return false;
    }
    m_stateLabel->setText(tr("Exported the timeline to %1").arg(path));
    return true;
}

QString MainWindow::askSavePath(const QString &title, const QString &filter, const QString &suffix)
{
    QFileDialog dialog(this, title, QString(), filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(suffix);
    return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles().value(0) : QString();
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : recent)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openPath(path); })->setToolTip(path);
    m_recentMenu->setEnabled(!recent.isEmpty());
    m_recentMenu->setToolTipsVisible(true);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        openPath(urls.first().toLocalFile());
}

// --- running -----------------------------------------------------------------------------

RunOptions MainWindow::runOptions() const
{
    RunOptions options;
    options.scriptPath = !m_path.isEmpty() ? m_path
        : !m_exampleFile.isEmpty()         ? QStringLiteral("examples/") + m_exampleFile
                                           : QStringLiteral("untitled.js");
    options.source = m_editor->toPlainText();
    if (options.source.isEmpty())
        options.source = QStringLiteral(" ");
    options.profile = profile();
    return options;
}

void MainWindow::runScript()
{
    if (isRunning())
        return;
    m_console->clear();
    m_editor->clearErrorMark();
    if (!m_runDir)
        m_runDir = std::make_unique<QTemporaryDir>();
    RunOptions options = runOptions();
    options.tracePath = m_runDir->filePath(QStringLiteral("run-%1.lstrace").arg(++m_runCount));
    m_run = std::make_unique<Run>(options);
    connect(m_run.get(), &Run::output, this, &MainWindow::appendOutput);
    connect(m_run.get(), &Run::finished, this, &MainWindow::finishRun);
    // The writer commits a batch at most every 100 ms; the session gets each one on this thread.
    QPointer<TraceSession> session(m_session);
    m_run->setTraceListener([session](const Run::TraceBatch &batch) {
        QMetaObject::invokeMethod(session.data(), [session, batch] {
            if (session)
                session->appendBatch(*batch);
        }, Qt::QueuedConnection);
    });
    if (!m_run->start()) {
        m_stateLabel->setText(m_run->errorString());
        m_run.reset();
        return;
    }
    m_tracePath.clear();
    m_session->follow(m_run->recorder());
    m_shownProfile = options.profile;
    showShownProfile(tr("Run under %1").arg(m_shownProfile));
    m_runStartedMs = QDateTime::currentMSecsSinceEpoch();
    m_lastStatus.clear();
    m_statusTimer->start();
    updateStatus();
    updateActions();
}

void MainWindow::finishRun(const RunResult &result)
{
    // The writer's last batch is queued before this: let it arrive, then stop following.
    QTimer::singleShot(0, this, [this, result] {
        m_session->detach();
        m_statusTimer->stop();
        m_lastStatus = tr("Finished: %1, exit code %2, %3 ms")
                           .arg(exitReasonText(result.reason))
                           .arg(result.exitCode)
                           .arg(result.durationMs, 0, 'f', 1);
        if (m_runDir)
            m_tracePath = m_runDir->filePath(QStringLiteral("run-%1.lstrace").arg(m_runCount));
        markError(result);
        m_timeline->fitAll();
        updateStatus();
        updateActions();
        Q_EMIT runFinished(result);
    });
}

// The line and column an error report points at in this script: the first "file://…:L:C" of
// the report that names the script.
void MainWindow::markError(const RunResult &result)
{
    if (result.message.isEmpty() || result.reason == ExitReason::Stopped || result.reason == ExitReason::TimedOut)
        return;
    static const QRegularExpression location(QStringLiteral(R"((file://[^\s:()]+):(\d+):(\d+))"));
    auto it = location.globalMatch(result.message);
    const QString script = m_path.isEmpty() ? QString() : QUrl::fromLocalFile(m_path).toString();
    while (it.hasNext()) {
        const auto m = it.next();
        if (script.isEmpty() || m.captured(1) == script || m.captured(1).endsWith(QFileInfo(m_path).fileName())) {
            m_editor->setErrorMark(m.captured(2).toInt(), m.captured(3).toInt(), result.message.trimmed());
            return;
        }
    }
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
    m_console->append(stream, text);
}

void MainWindow::showShownProfile(const QString &text)
{
    const Profile *p = findProfile(m_shownProfile);
    m_profileLabel->setText(text);
    m_profileLabel->setToolTip(p ? ProfileCombo::descriptionHtml(*p) : QString());
    m_profileLabel->show();
}

// --- stepping --------------------------------------------------------------------------------

void MainWindow::stepForward()
{
    const std::size_t n = m_session->size();
    if (!n)
        return;
    const std::size_t cur = m_session->selected();
    m_session->select(cur == TraceSession::npos ? 0 : std::min(cur + 1, n - 1));
}

void MainWindow::stepBack()
{
    const std::size_t n = m_session->size();
    if (!n)
        return;
    const std::size_t cur = m_session->selected();
    m_session->select(cur == TraceSession::npos || cur == 0 ? 0 : cur - 1);
}

bool MainWindow::runToNext(trace::Kind kind)
{
    const auto &events = m_session->data().events;
    const std::size_t cur = m_session->selected();
    for (std::size_t i = cur == TraceSession::npos ? 0 : cur + 1; i < events.size(); ++i) {
        if (events[i].kind == kind) {
            m_session->select(i);
            return true;
        }
    }
    m_stateLabel->setText(tr("No further event of the kind %1").arg(EventModel::kindLabel(kind)));
    return false;
}

bool MainWindow::selectMostTellingEvent()
{
    const auto &events = m_session->data().events;
    auto find = [&events](auto pred) -> std::size_t {
        for (std::size_t i = 0; i < events.size(); ++i)
            if (pred(events[i]))
                return i;
        return TraceSession::npos;
    };
    std::size_t i = find([](const trace::Event &e) {
        return e.kind == trace::Kind::CallbackStart && e.value == int(trace::CallbackKind::ThreadSafe);
    });
    if (i == TraceSession::npos)
        i = find([](const trace::Event &e) { return e.kind == trace::Kind::CallbackStart; });
    if (i == TraceSession::npos)
        i = find([](const trace::Event &e) { return e.kind == trace::Kind::MicrotaskRunStart; });
    if (i == TraceSession::npos)
        return false;
    m_session->select(i);
    return true;
}

// --- state -----------------------------------------------------------------------------------

void MainWindow::updateActions()
{
    const bool running = isRunning();
    const bool haveEvents = m_session->size() > 0;
    m_runAction->setEnabled(!running);
    m_stopAction->setEnabled(running);
    m_backAction->setEnabled(haveEvents && m_session->selected() != 0);
    m_forwardAction->setEnabled(haveEvents);
    m_nextAction->setEnabled(haveEvents);
    m_saveTraceAction->setEnabled(!running && !m_tracePath.isEmpty());
    m_exportChromeAction->setEnabled(!running && haveEvents);
    m_exportImageAction->setEnabled(haveEvents);
}

void MainWindow::updateStatus()
{
    if (isRunning()) {
        const double elapsed = double(QDateTime::currentMSecsSinceEpoch() - m_runStartedMs) / 1000.0;
        m_stateLabel->setText(tr("Running… %1 s").arg(elapsed, 0, 'f', 1));
    } else if (!m_lastStatus.isEmpty()) {
        m_stateLabel->setText(m_lastStatus);
    }
    std::uint64_t lost = 0;
    if (auto rec = m_run ? m_run->recorder() : nullptr)
        lost = rec->lostCount();
    m_eventsLabel->setText(lost ? tr("%1 events recorded, %2 lost").arg(m_session->size()).arg(lost)
                                : tr("%1 events recorded").arg(m_session->size()));
}

void MainWindow::chooseLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("language"), code);
    const auto answer = QMessageBox::question(
        this, tr("Language"),
        tr("The new language is used from the next start of loopscope. Restart now?"));
    if (answer == QMessageBox::Yes) {
        saveSettings();
        QProcess::startDetached(QApplication::applicationFilePath(), QApplication::arguments().mid(1));
        close();
    }
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    if (m_compare)
        m_compare->close();
    if (m_run) {
        m_run->stop();
        m_run->wait(5000);
    }
    event->accept();
}

} // namespace loopscope::ui
