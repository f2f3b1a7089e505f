#include "consoleview.h"

#include <QtGui/QFontDatabase>
#include <QtGui/QTextCursor>

namespace loopscope::ui {

ConsoleView::ConsoleView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setMaximumBlockCount(20000);
}

void ConsoleView::append(Stream stream, const QString &text)
{
    QTextCharFormat format;
    format.setForeground(stream == Stream::Stderr ? QColor(0xb0, 0x20, 0x20) : palette().text().color());
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text, format);
    ensureCursorVisible();
}

} // namespace loopscope::ui
