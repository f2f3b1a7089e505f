// Long work off the GUI thread (opening a big trace, exporting one): a busy progress dialog with
// Cancel while a worker thread does it. Cancel returns at once; the worker finishes in the
// background and its result is dropped (the work is told through the flag it gets, so that it can
// clean up after itself, e.g. remove a half-written file).
#pragma once

#include <QtCore/QString>

#include <atomic>
#include <functional>
#include <memory>

class QWidget;

namespace loopscope::ui {

enum class WorkResult { Done, Failed, Cancelled };

// `work` runs on another thread; it returns false and sets *error on failure. Shows the dialog
// only if the work takes longer than `showAfterMs`.
WorkResult runWithProgress(QWidget *parent, const QString &label,
                           std::function<bool(QString *error, const std::atomic<bool> &cancelled)> work,
                           QString *error, int showAfterMs = 300);

} // namespace loopscope::ui
