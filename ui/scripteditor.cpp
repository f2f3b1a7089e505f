#include "scripteditor.h"

#include <QtCore/QRegularExpression>
#include <QtGui/QFontDatabase>
#include <QtGui/QHelpEvent>
#include <QtGui/QPainter>
#include <QtGui/QSyntaxHighlighter>
#include <QtGui/QTextBlock>
#include <QtWidgets/QToolTip>

namespace loopscope::ui {

namespace {

// JavaScript as a reader of FFI scripts needs it: keywords, Deno's FFI names, strings,
// numbers, comments (also across lines).
class JsHighlighter : public QSyntaxHighlighter
{
public:
    explicit JsHighlighter(QTextDocument *doc)
        : QSyntaxHighlighter(doc)
    {
        QTextCharFormat keyword;
        keyword.setForeground(QColor(0x00, 0x33, 0x99));
        keyword.setFontWeight(QFont::Bold);
        const char *keywords[] = {"await", "async", "break", "case", "catch", "class", "const", "continue",
                                  "default", "delete", "do", "else", "export", "extends", "finally", "for",
                                  "function", "if", "import", "in", "instanceof", "let", "new", "of", "return",
                                  "static", "super", "switch", "this", "throw", "try", "typeof", "var", "void",
                                  "while", "yield", "true", "false", "null", "undefined"};
        for (const char *k : keywords)
            m_rules.push_back({QRegularExpression(QStringLiteral("\\b%1\\b").arg(QLatin1StringView(k))), keyword});
        QTextCharFormat api;
        api.setForeground(QColor(0x80, 0x30, 0x90));
        m_rules.push_back({QRegularExpression(QStringLiteral(
                               "\\b(Deno|UnsafeCallback|UnsafePointer|UnsafePointerView|UnsafeFnPointer|dlopen|"
                               "threadSafe|ref|unref|close|queueMicrotask|setTimeout|setInterval|setImmediate|"
                               "clearTimeout|clearInterval|nextTick|Promise|console)\\b")),
                           api});
        QTextCharFormat number;
        number.setForeground(QColor(0x09, 0x86, 0x58));
        m_rules.push_back({QRegularExpression(QStringLiteral("\\b(0x[0-9a-fA-F_]+n?|\\d[\\d_]*(\\.\\d+)?n?)\\b")), number});
        m_string.setForeground(QColor(0xa3, 0x15, 0x15));
        m_rules.push_back({QRegularExpression(QStringLiteral(R"("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`)")),
                           m_string});
        m_comment.setForeground(QColor(0x60, 0x80, 0x60));
        m_comment.setFontItalic(true);
        m_rules.push_back({QRegularExpression(QStringLiteral("//[^\n]*")), m_comment});
    }

protected:
    void highlightBlock(const QString &text) override
    {
        for (const Rule &rule : m_rules) {
            auto it = rule.pattern.globalMatch(text);
            while (it.hasNext()) {
                const auto match = it.next();
                setFormat(int(match.capturedStart()), int(match.capturedLength()), rule.format);
            }
        }
        // Block comments, which may span lines.
        setCurrentBlockState(0);
        int start = previousBlockState() == 1 ? 0 : int(text.indexOf(QStringLiteral("/*")));
        while (start >= 0) {
            const int end = int(text.indexOf(QStringLiteral("*/"), start + (previousBlockState() == 1 && start == 0 ? 0 : 2)));
            int length;
            if (end < 0) {
                setCurrentBlockState(1);
                length = int(text.length()) - start;
            } else {
                length = end - start + 2;
            }
            setFormat(start, length, m_comment);
            start = int(text.indexOf(QStringLiteral("/*"), start + length));
        }
    }

private:
    struct Rule {
        QRegularExpression pattern;
        QTextCharFormat format;
    };
    std::vector<Rule> m_rules;
    QTextCharFormat m_string;
    QTextCharFormat m_comment;
};

class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(ScriptEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {
    }
    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    ScriptEditor *m_editor;
};

} // namespace

ScriptEditor::ScriptEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_lineNumbers(new LineNumberArea(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 2);
    new JsHighlighter(document());
    connect(this, &QPlainTextEdit::blockCountChanged, this, &ScriptEditor::updateMargins);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_lineNumbers->scroll(0, dy);
        else
            m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
    });
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (m_errorLine)
            clearErrorMark(); // the text the mark was about has changed
    });
    updateMargins();
}

int ScriptEditor::lineNumberAreaWidth() const
{
    int digits = 2;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    return 8 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits + 10;
}

void ScriptEditor::updateMargins()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void ScriptEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_lineNumbers->setGeometry(QRect(cr.left(), cr.top(), lineNumberAreaWidth(), cr.height()));
}

void ScriptEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumbers);
    painter.fillRect(event->rect(), QColor(0xf3, 0xf3, 0xf3));
    QTextBlock block = firstVisibleBlock();
    int number = block.blockNumber() + 1;
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int width = m_lineNumbers->width();
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            if (number == m_errorLine) {
                painter.fillRect(0, top, width, bottom - top, QColor(0xe0, 0x40, 0x40));
                painter.setPen(Qt::white);
            } else {
                painter.setPen(QColor(0x90, 0x90, 0x90));
            }
            painter.drawText(0, top, width - 6, fontMetrics().height(), Qt::AlignRight, QString::number(number));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
        ++number;
    }
}

void ScriptEditor::setErrorMark(int line, int column, const QString &message)
{
    m_errorLine = line;
    m_errorColumn = column;
    m_errorMessage = message;
    updateSelections();
    m_lineNumbers->update();
    if (line > 0) {
        const QTextBlock block = document()->findBlockByNumber(line - 1);
        if (block.isValid()) {
            QTextCursor cursor(block);
            cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, std::max(0, column - 1));
            setTextCursor(cursor);
            centerCursor();
        }
    }
}

void ScriptEditor::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_errorLine > 0) {
        const QTextBlock block = document()->findBlockByNumber(m_errorLine - 1);
        if (block.isValid()) {
            QTextEdit::ExtraSelection line;
            line.format.setBackground(QColor(0xff, 0xe4, 0xe4));
            line.format.setProperty(QTextFormat::FullWidthSelection, true);
            line.cursor = QTextCursor(block);
            selections << line;
            QTextEdit::ExtraSelection at;
            at.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            at.format.setUnderlineColor(Qt::red);
            at.cursor = QTextCursor(block);
            at.cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, std::max(0, m_errorColumn - 1));
            at.cursor.movePosition(QTextCursor::EndOfWord, QTextCursor::KeepAnchor);
            if (!at.cursor.hasSelection())
                at.cursor.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor);
            selections << at;
        }
    }
    setExtraSelections(selections);
}

bool ScriptEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_errorLine > 0) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor cursor = cursorForPosition(viewport()->mapFromGlobal(help->globalPos()));
        if (cursor.blockNumber() + 1 == m_errorLine) {
            QToolTip::showText(help->globalPos(), m_errorMessage, this);
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

} // namespace loopscope::ui
