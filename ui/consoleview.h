// A run's console output: read-only, monospace, stderr in red. The main window's Console dock and
// each side of the comparison window.
#pragma once

#include "runtime/runtypes.h"

#include <QtWidgets/QPlainTextEdit>

namespace loopscope::ui {

class ConsoleView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ConsoleView(QWidget *parent = nullptr);

    void append(Stream stream, const QString &text);
};

} // namespace loopscope::ui
