#include "progress.h"

#include <QtCore/QEventLoop>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtWidgets/QProgressDialog>

#include <thread>

namespace loopscope::ui {

WorkResult runWithProgress(QWidget *parent, const QString &label,
                           std::function<bool(QString *error, const std::atomic<bool> &cancelled)> work,
                           QString *error, int showAfterMs)
{
    // Everything the worker touches lives in `state`, which it shares: after a cancel the
    // dialog and the loop are gone but the worker may still run.
    struct State {
        std::atomic<bool> cancelled{false};
        std::atomic<bool> done{false};
        bool ok = false;
        QString error;
    };
    auto state = std::make_shared<State>();
    QEventLoop loop;
    QPointer<QEventLoop> loopRef(&loop);
    std::thread worker([state, work = std::move(work), loopRef] {
        state->ok = work(&state->error, state->cancelled);
        state->done.store(true);
        QMetaObject::invokeMethod(loopRef.data(), [loopRef] {
            if (loopRef)
                loopRef->quit();
        }, Qt::QueuedConnection);
    });
    worker.detach();

    QProgressDialog dialog(label, QObject::tr("Cancel"), 0, 0, parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(showAfterMs);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, &loop, [&loop, state] {
        state->cancelled.store(true);
        loop.quit();
    });
    // Drives the dialog's delayed appearance while the worker runs.
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &dialog, [&dialog] { dialog.setValue(0); });
    tick.start(100);
    if (!state->done.load())
        loop.exec();
    tick.stop();
    if (state->cancelled.load() && !state->done.load())
        return WorkResult::Cancelled;
    if (state->cancelled.load())
        return WorkResult::Cancelled;
    if (!state->ok) {
        if (error)
            *error = state->error;
        return WorkResult::Failed;
    }
    return WorkResult::Done;
}

} // namespace loopscope::ui
