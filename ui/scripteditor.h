// The script editor: JavaScript highlighting, line numbers, and a mark on the line and column
// where the last run reported a syntax error or an uncaught exception.
#pragma once

#include <QtWidgets/QPlainTextEdit>

namespace loopscope::ui {

class ScriptEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ScriptEditor(QWidget *parent = nullptr);

    // Marks line:column (1-based) with `message` (shown as a tooltip and in the gutter);
    // line 0 clears the mark.
    void setErrorMark(int line, int column, const QString &message);
    void clearErrorMark() { setErrorMark(0, 0, {}); }
    int errorLine() const { return m_errorLine; }

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    void updateMargins();
    void updateSelections();

    QWidget *m_lineNumbers;
    int m_errorLine = 0;
    int m_errorColumn = 0;
    QString m_errorMessage;
};

} // namespace loopscope::ui
