// The main window: a script editor, Run and Stop, and the console output of the run.
#pragma once

#include "runtime/runtypes.h"

#include <QtWidgets/QMainWindow>

#include <memory>

class QPlainTextEdit;
class QAction;
class QLabel;

namespace loopscope {
class Run;
}

namespace loopscope::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openScript(const QString &path);
    void runScript();
    void stopScript();
    QString consoleText() const;
    bool isRunning() const;

Q_SIGNALS:
    void runFinished(const loopscope::RunResult &result);

private:
    void appendOutput(Stream stream, const QString &text);
    void updateActions();

    QPlainTextEdit *m_editor;
    QPlainTextEdit *m_console;
    QAction *m_runAction;
    QAction *m_stopAction;
    QLabel *m_status;
    QString m_path;
    std::unique_ptr<Run> m_run;
};

} // namespace loopscope::ui
