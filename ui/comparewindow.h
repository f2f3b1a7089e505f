// The comparison window: the same script run under two version profiles, one timeline above the
// other, each with its console and a header naming its profile and how the run ended. Each side
// is an independent Run recording into its own in-memory recorder and TraceSession; one click
// runs both, one after the other.
// While both are done, the two time axes move together (unless unlinked): both timelines get the
// union of the two runs as their time extent, so that each can show any range of the other, and
// their plots the same left margin, so that a time is at the same x in both. Owned by MainWindow,
// which tells it what to run.
#pragma once

#include "runtime/runtypes.h"

#include <QtWidgets/QMainWindow>

#include <functional>
#include <optional>

class QAction;
class QCheckBox;
class QScrollArea;
class QSpinBox;
class QTimer;

namespace loopscope::ui {

class ComparePane;
class ProfileCombo;
class TimelineView;
class TraceSession;

class CompareWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Side { Top = 0, Bottom = 1 };

    explicit CompareWindow(QWidget *parent = nullptr);
    ~CompareWindow() override;

    // What a run runs: the options of a run (the script, its name), the profile aside. Asked at
    // every start(), so that an edited script is run as it is now.
    void setRunOptionsSource(std::function<RunOptions()> source);

    // Selects the profiles of the two sides (unknown names are ignored); runs nothing.
    void setProfiles(const QString &top, const QString &bottom);
    QString profile(Side side) const;

    // Runs the script under both profiles, the top one first, then the bottom one: not at the
    // same time, since the two would share this process (a native library's threads and
    // signal handlers, the CPU). False if a run is going on, or the top one could not start.
    bool start();
    // Runs one side again (after its profile was changed); false while a run is going on.
    bool startSide(Side side);
    // Stops the run going on; a side still waiting for its turn does not run.
    void stop();
    // A run is going on, or waiting for its turn.
    bool isRunning() const;

    // The time axes of the two timelines move together.
    bool isLinked() const;
    void setLinked(bool linked);
    // Shows both runs whole: linked, one range covering both.
    void fitAll();
    // Linked and both done, but the two timelines show different ranges. Should not happen: both
    // may show the union of the two runs (their time extent), however short one of them is.
    bool rangesDiffer() const;

    // The window's height at which both sides show without scrolling (at least its height now).
    int heightForContent() const;

    // Seconds after which a run is stopped (0: never).
    double timeLimit() const;
    void setTimeLimit(double seconds);

    // The parts of a side, for tests and the screenshot.
    TraceSession *session(Side side) const;
    TimelineView *timeline(Side side) const;
    QString consoleText(Side side) const;
    QString headerText(Side side) const;
    // How the side's last run ended; empty while it runs or before it ran.
    std::optional<RunResult> result(Side side) const;

Q_SIGNALS:
    // One side's run has ended.
    void sideFinished(int side, const loopscope::RunResult &result);
    // No run is going on any more, and at least one has ended since start().
    void finished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void sideDone(Side side);
    void syncRange(Side from);
    void updateActions();
    void updateExtents();
    void alignPlots();

    ComparePane *m_panes[2];
    ProfileCombo *m_combos[2];
    QCheckBox *m_link;
    QSpinBox *m_timeLimit;
    QScrollArea *m_scroll;
    QTimer *m_alignTimer; // aligns the two sides once the layouts have settled
    QAction *m_runAction;
    QAction *m_stopAction;
    std::function<RunOptions()> m_optionsSource;
    bool m_syncing = false;
    std::optional<Side> m_next; // the side that runs when the other one has ended
};

} // namespace loopscope::ui
