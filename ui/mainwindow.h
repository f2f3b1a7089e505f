// The main window: the timeline in the middle; docks for the script editor (with the example's
// explanation and the chosen version profile's description), the console, the event table and
// the inspector; run controls with the version profile, stepping through the recorded events,
// the comparison of two profiles (CompareWindow), examples, files, export, language. Layout,
// recent files and the profile persist.
#pragma once

#include "runtime/runtypes.h"
#include "trace/event.h"

#include <QtWidgets/QMainWindow>

#include <memory>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QTemporaryDir;
class QTextBrowser;
class QTimer;
class QUrl;

namespace loopscope {
class Run;
}

namespace loopscope::ui {

class CompareWindow;
class ConsoleView;
class EventTable;
class Inspector;
class ProfileCombo;
class ScriptEditor;
class TimelineView;
class TraceSession;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Files. Each returns false (and says why in the status bar, or in a message box when
    // `interactive`) on failure.
    bool openScript(const QString &path);
    bool openExample(const QString &file); // NAME.js of the bundled examples
    bool openTrace(const QString &path, bool interactive = false);
    bool saveScript(const QString &path);
    bool saveTrace(const QString &path);
    bool exportChrome(const QString &path);
    bool exportTimeline(const QString &path); // .png, .svg or .pdf
    // Opens a script or a trace, whichever `path` is.
    bool openPath(const QString &path);

    void runScript();
    void stopScript();
    bool isRunning() const;
    // What the next run runs: the editor's script, under its name, with the chosen profile.
    RunOptions runOptions() const;

    // The version profile of the runs (a name of core/runtime/profile.h), chosen in the run
    // toolbar. setProfile() returns false for an unknown name; `remember`: the choice is kept
    // for the next start (the command line's --profile is not).
    QString profile() const;
    bool setProfile(const QString &name, bool remember = true);
    // The profile of what the views show: the last run's, or the one a trace was recorded with
    // (its meta "profile"). Empty when nothing is shown or the trace does not say.
    QString shownProfile() const { return m_shownProfile; }

    // Comparison of two profiles: runs the script under `top` and `bottom` (one after the other)
    // in the comparison window and shows it. Empty names: the profiles the script asks for (see
    // suggestedComparison()), else the chosen profile and the one before it in the table.
    void compareProfiles(const QString &top = {}, const QString &bottom = {});
    // The two profiles of the script's "// loopscope-compare:" line, or empty.
    QStringList suggestedComparison() const { return m_suggested; }
    // The comparison window (made on first use).
    CompareWindow *compareWindow();
    QAction *compareAction() const { return m_compareAction; }
    QAction *suggestedCompareAction() const { return m_suggestedCompareAction; }
    ProfileCombo *profileCombo() const { return m_profileBox; }
    QString profileDescriptionText() const;

    // An exit reason in words ("uncaught exception").
    static QString exitReasonText(ExitReason reason);

    // Stepping through the recorded events.
    void stepForward();
    void stepBack();
    bool runToNext(trace::Kind kind);
    // Selects the event that shows the most: the first thread-safe callback, else the first
    // callback, else the first microtask run. Returns false if the trace has none of them.
    bool selectMostTellingEvent();

    QString consoleText() const;
    TraceSession *session() const { return m_session; }
    TimelineView *timeline() const { return m_timeline; }
    EventTable *eventTable() const { return m_table; }
    Inspector *inspector() const { return m_inspector; }
    ScriptEditor *editor() const { return m_editor; }

Q_SIGNALS:
    void runFinished(const loopscope::RunResult &result);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void appendOutput(Stream stream, const QString &text);
    void finishRun(const RunResult &result);
    void markError(const RunResult &result);
    void updateActions();
    void updateStatus();
    void showExample(const QString &file);
    void showProfile();
    void showShownProfile(const QString &text);
    void updateSuggestion();
    void exampleLinkClicked(const QUrl &url);
    void addRecent(const QString &path);
    void rebuildRecentMenu();
    void chooseLanguage(const QString &code);
    void saveSettings() const;
    void restoreSettings();
    QString askSavePath(const QString &title, const QString &filter, const QString &suffix);

    TraceSession *m_session;
    ScriptEditor *m_editor;
    QTextBrowser *m_exampleText;
    QTextBrowser *m_profileText;
    ConsoleView *m_console;
    TimelineView *m_timeline;
    EventTable *m_table;
    Inspector *m_inspector;
    QLabel *m_stateLabel;
    QLabel *m_eventsLabel;
    QLabel *m_profileLabel;
    QTimer *m_statusTimer;
    QComboBox *m_nextKind;
    ProfileCombo *m_profileBox;
    CompareWindow *m_compare = nullptr;
    QMenu *m_recentMenu = nullptr;

    QAction *m_runAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_saveTraceAction = nullptr;
    QAction *m_exportChromeAction = nullptr;
    QAction *m_exportImageAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_suggestedCompareAction = nullptr;

    QString m_path;          // the script's file, empty for an example or a new script
    QString m_exampleFile;   // NAME.js when the editor holds an example
    QString m_tracePath;     // the trace on disk that the session shows (a run's temporary file)
    std::unique_ptr<QTemporaryDir> m_runDir; // the temporary traces of this window's runs
    int m_runCount = 0;
    std::unique_ptr<Run> m_run;
    qint64 m_runStartedMs = 0;
    QString m_lastStatus;
    QString m_shownProfile;     // see shownProfile()
    QStringList m_suggested;    // see suggestedComparison()
    bool m_rememberProfile = true;
};

} // namespace loopscope::ui
