#include "comparewindow.h"

#include "consoleview.h"
#include "mainwindow.h"
#include "profilecombo.h"
#include "timeline/timelineview.h"
#include "tracesession.h"

#include "runtime/profile.h"
#include "runtime/run.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFileInfo>
#include <QtCore/QSettings>
#include <QtCore/QTimer>
#include <QtGui/QCloseEvent>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QFrame>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QToolBar>
#include <QtWidgets/QVBoxLayout>

#include "timeline/qcp.h"

#include <algorithm>
#include <memory>

namespace loopscope::ui {

namespace {

QLabel *makeLabel(QWidget *parent, double scale = 1.0, bool bold = false)
{
    auto *label = new QLabel(parent);
    QFont f = label->font();
    if (scale != 1.0)
        f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(bold);
    label->setFont(f);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

// One side: a header naming the profile and saying how the run went, the timeline, the console.
class ComparePane : public QFrame
{
public:
    explicit ComparePane(QWidget *parent)
        : QFrame(parent)
        , session(new TraceSession(this))
        , timeline(new TimelineView(session, this))
        , console(new ConsoleView(this))
        , name(makeLabel(this, 1.3, true))
        , versions(makeLabel(this))
        , summary(makeLabel(this))
        , status(makeLabel(this, 1.1, true))
    {
        setFrameShape(QFrame::StyledPanel);
        // About half a window high: the CPU % and one plot of all the counts, the lanes readable.
        timeline->setCompactCounters(true);
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(6, 4, 6, 6);
        layout->setSpacing(4);
        auto *header = new QHBoxLayout;
        header->setSpacing(10);
        header->addWidget(name);
        header->addWidget(versions);
        summary->setWordWrap(true);
        summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        header->addWidget(summary, 1);
        status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        header->addWidget(status);
        QPalette gray = versions->palette();
        gray.setColor(QPalette::WindowText, QColor(0x60, 0x64, 0x6a));
        versions->setPalette(gray);
        summary->setPalette(gray);
        layout->addLayout(header);

        body = new QSplitter(Qt::Horizontal, this);
        body->addWidget(timeline);
        console->setMinimumWidth(220);
        console->setPlaceholderText(CompareWindow::tr("The console output of the run appears here."));
        body->addWidget(console);
        body->setStretchFactor(0, 3);
        body->setStretchFactor(1, 1);
        body->setSizes({1000, 340});
        layout->addWidget(body, 1);

        tick.setInterval(250);
        QObject::connect(&tick, &QTimer::timeout, this, [this] { updateHeader(); });
        updateHeader();
    }

    ~ComparePane() override
    {
        if (run) {
            run->stop();
            run->wait(5000);
        }
    }

    void setProfile(const QString &profileName)
    {
        profile = profileName;
        updateHeader();
    }

    bool start(RunOptions options, double timeLimit, std::function<void()> onFinished)
    {
        console->clear();
        result.reset();
        error.clear();
        waiting = cancelled = false;
        options.profile = profile;
        options.tracePath.clear();
        options.record = true; // in memory, for this side's session only
        options.timeoutSeconds = timeLimit;
        ranProfile = profile;
        // While it runs, the timeline follows this run alone; the window sets the extent of both
        // when both are done.
        timeline->clearTimeExtent();
        const int generation = ++runs;
        run = std::make_unique<Run>(options);
        QObject::connect(run.get(), &Run::output, console, &ConsoleView::append);
        QObject::connect(run.get(), &Run::finished, this, [this, onFinished, generation](const RunResult &r) {
            // The recorder holds every event by now: drain the rest, then tell (unless a new run
            // has started meanwhile).
            QTimer::singleShot(0, this, [this, onFinished, r, generation] {
                if (generation != runs)
                    return;
                session->detach();
                result = r;
                tick.stop();
                updateHeader();
                onFinished();
            });
        });
        if (!run->start()) {
            error = run->errorString();
            run.reset();
            updateHeader();
            return false;
        }
        session->attach(run->recorder());
        clock.start();
        tick.start();
        updateHeader();
        return true;
    }

    bool isRunning() const { return run && run->isRunning(); }

    // Queued behind the other side's run (true), or taken out of the queue by Stop (false).
    void setWaiting(bool on)
    {
        waiting = on;
        cancelled = !on;
        if (on) {
            console->clear();
            timeline->clearTimeExtent();
            session->clear();
            result.reset();
            error.clear();
            ranProfile = profile;
        }
        updateHeader();
    }

    void updateHeader()
    {
        // The profile of what is shown: the run's while there is one, else the chosen one.
        const QString shown = (isRunning() || result || waiting) && !ranProfile.isEmpty() ? ranProfile : profile;
        const Profile *p = findProfile(shown);
        name->setText(shown);
        versions->setText(p ? CompareWindow::tr("Deno %1").arg(QLatin1String(p->versions)) : QString());
        summary->setText(p ? p->summaryText() : QString());
        const QString tip = p ? ProfileCombo::descriptionHtml(*p) : QString();
        for (QLabel *l : {name, versions, summary})
            l->setToolTip(tip);

        QColor color(0x30, 0x30, 0x30);
        if (!error.isEmpty()) {
            status->setText(error);
            color = QColor(0xb0, 0x20, 0x20);
        } else if (isRunning()) {
            status->setText(CompareWindow::tr("running… %1 s").arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1));
            color = QColor(0x20, 0x50, 0xa0);
        } else if (waiting) {
            status->setText(CompareWindow::tr("runs when the other run has ended"));
            color = QColor(0x60, 0x64, 0x6a);
        } else if (cancelled && !result) {
            status->setText(CompareWindow::tr("not run: stopped before its turn"));
            color = QColor(0x60, 0x64, 0x6a);
        } else if (result) {
            status->setText(CompareWindow::tr("exit code %1: %2, %3 ms")
                                .arg(result->exitCode)
                                .arg(MainWindow::exitReasonText(result->reason))
                                .arg(result->durationMs, 0, 'f', 1));
            color = result->exitCode == 0 ? QColor(0x1b, 0x7a, 0x3a) : QColor(0xb0, 0x20, 0x20);
        } else {
            status->setText(CompareWindow::tr("not run yet"));
            color = QColor(0x60, 0x64, 0x6a);
        }
        QPalette pal = status->palette();
        pal.setColor(QPalette::WindowText, color);
        status->setPalette(pal);
        // A profile chosen after the run: say that what is shown is the run's.
        if (result && ranProfile != profile)
            status->setText(status->text() + QLatin1Char('\n')
                            + CompareWindow::tr("(%1 chosen: run again to see it)").arg(profile));
    }

    QString headerText() const
    {
        return QStringList{name->text(), versions->text(), summary->text(), status->text()}.join(u" · ");
    }

    TraceSession *session;
    TimelineView *timeline;
    ConsoleView *console;
    QLabel *name;
    QLabel *versions;
    QLabel *summary;
    QLabel *status;
    QString profile;    // the chosen one
    QString ranProfile; // the one of the last run
    std::unique_ptr<Run> run;
    std::optional<RunResult> result;
    QString error;
    int runs = 0; // runs started
    bool waiting = false;   // queued behind the other side
    bool cancelled = false; // taken out of the queue
    QSplitter *body;  // the timeline | the console
    QElapsedTimer clock;
    QTimer tick;
};

CompareWindow::CompareWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_link(new QCheckBox(tr("Link the time axes"), this))
    , m_timeLimit(new QSpinBox(this))
{
    setObjectName(QStringLiteral("compareWindow"));
    setWindowTitle(tr("Compare Profiles — loopscope"));

    auto *split = new QSplitter(Qt::Vertical, this);
    for (int i = 0; i < 2; ++i) {
        m_panes[i] = new ComparePane(split);
        split->addWidget(m_panes[i]);
        m_combos[i] = new ProfileCombo(this);
        m_combos[i]->setMinimumContentsLength(22);
    }
    split->setChildrenCollapsible(false);
    m_alignTimer = new QTimer(this);
    m_alignTimer->setSingleShot(true);
    m_alignTimer->setInterval(0);
    connect(m_alignTimer, &QTimer::timeout, this, [this] {
        if (!isRunning())
            alignPlots();
    });
    // The two timelines stay as wide as each other, so that a time is at the same x in both.
    for (int i = 0; i < 2; ++i) {
        QSplitter *mine = m_panes[i]->body, *other = m_panes[1 - i]->body;
        connect(mine, &QSplitter::splitterMoved, other, [mine, other] {
            if (other->sizes() != mine->sizes())
                other->setSizes(mine->sizes());
        });
        // A side's splitter shares its width out anew by what its console holds (the window
        // grew, a scroll bar came or went, the console's text changed): align the two again.
        m_panes[i]->timeline->installEventFilter(this);
    }
    // The timelines have a minimum height: on a small screen the two scroll rather than being
    // cut off by the screen's edge.
    m_scroll = new QScrollArea(this);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(split);
    setCentralWidget(m_scroll);

    m_runAction = new QAction(tr("&Run Both"), this);
    m_runAction->setShortcut(Qt::Key_F5);
    m_runAction->setToolTip(tr("Run the script under both profiles, one after the other (F5)"));
    connect(m_runAction, &QAction::triggered, this, &CompareWindow::start);
    m_stopAction = new QAction(tr("&Stop"), this);
    m_stopAction->setShortcut(Qt::SHIFT | Qt::Key_F5);
    m_stopAction->setToolTip(tr("Stop both runs (Shift+F5)"));
    connect(m_stopAction, &QAction::triggered, this, &CompareWindow::stop);

    QToolBar *bar = addToolBar(tr("Compare"));
    bar->setObjectName(QStringLiteral("compare"));
    bar->setMovable(false);
    bar->addAction(m_runAction);
    bar->addAction(m_stopAction);
    bar->addSeparator();
    const QString sideLabels[2] = {tr("Top:"), tr("Bottom:")};
    for (int i = 0; i < 2; ++i) {
        auto *label = new QLabel(sideLabels[i], this);
        label->setContentsMargins(6, 0, 4, 0);
        bar->addWidget(label);
        bar->addWidget(m_combos[i]);
        m_panes[i]->setProfile(m_combos[i]->profile());
        connect(m_combos[i], &ProfileCombo::profileChanged, this, [this, i](const QString &name) {
            m_panes[i]->setProfile(name);
            // A side that has run already shows the new profile at once.
            if (m_panes[i]->result && !isRunning())
                startSide(Side(i));
        });
    }
    QAction *swap = bar->addAction(tr("Swap"), this, [this] {
        const QString top = profile(Top), bottom = profile(Bottom);
        setProfiles(bottom, top);
        if (m_panes[Top]->result || m_panes[Bottom]->result)
            start();
    });
    swap->setToolTip(tr("Swap the two profiles and run again"));
    bar->addSeparator();
    m_link->setToolTip(tr("Zooming or scrolling one timeline moves the other to the same time range"));
    bar->addWidget(m_link);
    bar->addAction(tr("Fit"), this, &CompareWindow::fitAll)->setShortcut(Qt::CTRL | Qt::Key_0);
    bar->addAction(tr("Zoom In"), this, [this] {
        for (int i = 0; i < 2; ++i)
            if (i == 0 || !isLinked())
                m_panes[i]->timeline->zoomIn();
    })->setShortcut(QKeySequence::ZoomIn);
    bar->addAction(tr("Zoom Out"), this, [this] {
        for (int i = 0; i < 2; ++i)
            if (i == 0 || !isLinked())
                m_panes[i]->timeline->zoomOut();
    })->setShortcut(QKeySequence::ZoomOut);
    bar->addSeparator();
    auto *limitLabel = new QLabel(tr("Time limit:"), this);
    limitLabel->setContentsMargins(6, 0, 4, 0);
    bar->addWidget(limitLabel);
    m_timeLimit->setRange(0, 3600);
    m_timeLimit->setSuffix(tr(" s"));
    m_timeLimit->setSpecialValueText(tr("none"));
    m_timeLimit->setToolTip(tr("Stop a run that takes longer (an old profile may spin for ever)"));
    bar->addWidget(m_timeLimit);

    QSettings settings;
    m_link->setChecked(settings.value(QStringLiteral("compare/linked"), true).toBool());
    m_timeLimit->setValue(settings.value(QStringLiteral("compare/timeLimit"), 10).toInt());
    connect(m_link, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("compare/linked"), on);
        // Linked, both may show all of both runs; unlinked, each keeps to its own.
        updateExtents();
        if (on)
            syncRange(Top);
    });
    connect(m_timeLimit, &QSpinBox::valueChanged, this,
            [](int value) { QSettings().setValue(QStringLiteral("compare/timeLimit"), value); });

    for (int i = 0; i < 2; ++i)
        connect(m_panes[i]->timeline, &TimelineView::visibleRangeChanged, this, [this, i] { syncRange(Side(i)); });

    statusBar()->showMessage(tr("Choose two profiles and press Run Both (F5)."));
    resize(1400, 900);
    restoreGeometry(settings.value(QStringLiteral("compareWindow/geometry")).toByteArray());
    updateActions();
}

CompareWindow::~CompareWindow()
{
    for (ComparePane *pane : m_panes)
        pane->timeline->removeEventFilter(this);
}

void CompareWindow::setRunOptionsSource(std::function<RunOptions()> source)
{
    m_optionsSource = std::move(source);
    updateActions();
}

void CompareWindow::setProfiles(const QString &top, const QString &bottom)
{
    const QString names[2] = {top, bottom};
    for (int i = 0; i < 2; ++i) {
        const QSignalBlocker blocker(m_combos[i]);
        if (m_combos[i]->setProfile(names[i]))
            m_panes[i]->setProfile(names[i]);
    }
}

QString CompareWindow::profile(Side side) const
{
    return m_combos[side]->profile();
}

bool CompareWindow::start()
{
    if (isRunning() || !m_optionsSource)
        return false;
    // One after the other, not at the same time: the two runs share this process, so a native
    // library's state (its threads, its signal handlers) would be shared too, and they would
    // compete for the CPU that one of them may measure.
    m_next = Bottom;
    m_panes[Bottom]->setWaiting(true);
    if (startSide(Top))
        return true;
    m_next.reset();
    m_panes[Bottom]->setWaiting(false);
    startSide(Bottom);
    return false;
}

bool CompareWindow::startSide(Side side)
{
    ComparePane *pane = m_panes[side];
    if (m_panes[Top]->isRunning() || m_panes[Bottom]->isRunning() || !m_optionsSource)
        return false;
    const RunOptions options = m_optionsSource();
    setWindowTitle(tr("Compare Profiles: %1 — loopscope").arg(QFileInfo(options.scriptPath).fileName()));
    const bool ok = pane->start(options, m_timeLimit->value(), [this, side] { sideDone(side); });
    if (ok && m_next)
        statusBar()->showMessage(tr("Running %1, then %2 (one after the other, so that they share neither the CPU "
                                    "nor a native library's state)…")
                                     .arg(pane->ranProfile, m_panes[*m_next]->profile));
    else if (ok)
        statusBar()->showMessage(tr("Running %1…").arg(pane->ranProfile));
    updateActions();
    return ok;
}

void CompareWindow::sideDone(Side side)
{
    Q_EMIT sideFinished(side, *m_panes[side]->result);
    if (m_next) {
        const Side next = *m_next;
        m_next.reset();
        m_panes[next]->setWaiting(false);
        if (startSide(next))
            return;
    }
    updateActions();
    if (isRunning())
        return;
    alignPlots();
    fitAll();
    // What a comparison is for: did the two runs print the same?
    const auto *top = m_panes[Top], *bottom = m_panes[Bottom];
    if (top->result && bottom->result) {
        const QStringList a = top->console->toPlainText().split(u'\n');
        const QStringList b = bottom->console->toPlainText().split(u'\n');
        int line = 0;
        while (line < a.size() && line < b.size() && a[line] == b[line])
            ++line;
        if (a == b)
            statusBar()->showMessage(tr("Both runs ended. They printed the same output."));
        else
            statusBar()->showMessage(tr("Both runs ended. Their output differs from line %1 on.").arg(line + 1));
    } else {
        statusBar()->showMessage(tr("Stopped."));
    }
    Q_EMIT finished();
}

void CompareWindow::stop()
{
    if (m_next) {
        m_panes[*m_next]->setWaiting(false);
        m_next.reset();
    }
    for (ComparePane *pane : m_panes)
        if (pane->run)
            pane->run->stop();
}

bool CompareWindow::isRunning() const
{
    return m_panes[Top]->isRunning() || m_panes[Bottom]->isRunning() || m_next.has_value();
}

bool CompareWindow::isLinked() const
{
    return m_link->isChecked();
}

void CompareWindow::setLinked(bool linked)
{
    m_link->setChecked(linked);
}

void CompareWindow::updateExtents()
{
    // Linked and done: both timelines may show the union of both runs, so that the shorter one
    // can show any range of the longer one (and both fit to the same range).
    bool any = false;
    std::int64_t lo = 0, hi = 0;
    if (isLinked() && !isRunning()) {
        for (ComparePane *pane : m_panes) {
            const TimelineModel &m = pane->timeline->model();
            if (m.isEmpty())
                continue;
            lo = any ? std::min(lo, m.startTime()) : m.startTime();
            hi = any ? std::max(hi, m.endTime()) : m.endTime();
            any = true;
        }
    }
    const bool was = m_syncing;
    m_syncing = true;
    for (ComparePane *pane : m_panes) {
        if (any)
            pane->timeline->setTimeExtent(double(lo) / 1e6, double(hi) / 1e6);
        else
            pane->timeline->clearTimeExtent();
    }
    m_syncing = was;
}

void CompareWindow::fitAll()
{
    // Linked, each fits to the same extent, the union of both runs: the same range. Unlinked,
    // each fits its own run.
    updateExtents();
    const bool was = m_syncing;
    m_syncing = true;
    for (ComparePane *pane : m_panes)
        pane->timeline->fitAll();
    m_syncing = was;
}

void CompareWindow::alignPlots()
{
    // As wide as each other: the wider of the two timelines for both.
    const int total = m_panes[Top]->body->width();
    const int wide = std::max(m_panes[Top]->body->sizes().value(0), m_panes[Bottom]->body->sizes().value(0));
    if (total > 0 && wide > 0)
        for (ComparePane *pane : m_panes)
            if (pane->body->sizes().value(0) != wide)
                pane->body->setSizes({wide, std::max(0, total - wide - pane->body->handleWidth())});
    // The lane names make the left margins differ: give both plots the wider one, so that a time
    // is at the same x in both.
    int left = 0;
    for (ComparePane *pane : m_panes)
        left = std::max(left, pane->timeline->naturalLeftMargin());
    for (ComparePane *pane : m_panes)
        pane->timeline->setLeftMargin(left);
}

int CompareWindow::heightForContent() const
{
    const int needed = m_scroll->widget()->minimumSizeHint().height();
    return height() + std::max(0, needed - m_scroll->viewport()->height());
}

double CompareWindow::timeLimit() const
{
    return m_timeLimit->value();
}

void CompareWindow::setTimeLimit(double seconds)
{
    m_timeLimit->setValue(int(seconds));
}

void CompareWindow::syncRange(Side from)
{
    // While a run records, each timeline follows its own run; afterwards they move together.
    if (!isLinked() || m_syncing || m_panes[Top]->session->isLive() || m_panes[Bottom]->session->isLive())
        return;
    TimelineView *source = m_panes[from]->timeline;
    TimelineView *other = m_panes[1 - from]->timeline;
    if (source->model().isEmpty() || other->model().isEmpty())
        return;
    // Both have the same extent: the other takes the range as it is, exactly.
    const QCPRange r = source->visibleRange(), o = other->visibleRange();
    if (r.lower == o.lower && r.upper == o.upper)
        return;
    m_syncing = true;
    other->setVisibleRange(r.lower, r.upper);
    m_syncing = false;
}

bool CompareWindow::rangesDiffer() const
{
    if (!isLinked() || isRunning())
        return false;
    TimelineView *a = m_panes[Top]->timeline, *b = m_panes[Bottom]->timeline;
    if (a->model().isEmpty() || b->model().isEmpty())
        return false;
    const QCPRange r = a->visibleRange(), o = b->visibleRange();
    const double tolerance = std::max(r.size(), o.size()) * 1e-6;
    return std::abs(r.lower - o.lower) > tolerance || std::abs(r.upper - o.upper) > tolerance;
}

void CompareWindow::updateActions()
{
    const bool running = isRunning();
    m_runAction->setEnabled(!running && m_optionsSource);
    m_stopAction->setEnabled(running);
}

TraceSession *CompareWindow::session(Side side) const
{
    return m_panes[side]->session;
}

TimelineView *CompareWindow::timeline(Side side) const
{
    return m_panes[side]->timeline;
}

QString CompareWindow::consoleText(Side side) const
{
    return m_panes[side]->console->toPlainText();
}

QString CompareWindow::headerText(Side side) const
{
    return m_panes[side]->headerText();
}

std::optional<RunResult> CompareWindow::result(Side side) const
{
    return m_panes[side]->result;
}

void CompareWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    // The splitters have taken their share of the new size by the time this runs.
    m_alignTimer->start();
}

bool CompareWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && qobject_cast<TimelineView *>(watched))
        m_alignTimer->start();
    return QMainWindow::eventFilter(watched, event);
}

void CompareWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("compareWindow/geometry"), saveGeometry());
    stop(); // nobody watches them any more
    event->accept();
}

} // namespace loopscope::ui
