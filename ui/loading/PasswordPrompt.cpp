#include "PasswordPrompt.h"

#include "LoadController.h"

#include "store/DisplayNames.h"
#include "store/ReportStore.h"

#include <QInputDialog>

namespace ledgerlens {

PasswordPrompt::PasswordPrompt(ReportStore *store, LoadController *loads, QWidget *dialogParent)
    : QObject(dialogParent), m_store(store), m_loads(loads), m_parent(dialogParent)
{
    connect(loads, &LoadController::passwordNeeded, this, &PasswordPrompt::ask);
}

void PasswordPrompt::ask(EntryId entry, bool wrong)
{
    const ReportEntry *e = m_store->entry(entry);
    if (!e)
        return;
    auto *dialog = new QInputDialog(m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Password needed"));
    dialog->setLabelText((wrong ? tr("That password did not open %1. Try again:")
                                : tr("%1 is encrypted. Enter its password:"))
                             .arg(DisplayNames::fileName(e->path)));
    dialog->setTextEchoMode(QLineEdit::Password);
    // It turns up whenever a load gets there: it must not take the keys the
    // analyst is typing elsewhere. A click on it (or Alt+Tab) gives it focus.
    dialog->setAttribute(Qt::WA_ShowWithoutActivating);
    dialog->setWindowModality(Qt::NonModal);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, entry](const QString &password) {
        if (!password.isEmpty())
            m_loads->retry(entry, password);
    });
    dialog->show();
}

} // namespace ledgerlens
