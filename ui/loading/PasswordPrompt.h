#pragma once

#include "store/StoreTypes.h"

#include <QObject>

class QWidget;

namespace ledgerlens {

class LoadController;
class ReportStore;

// Asks for an encrypted report's password when its load needs one (or the
// report list asks), without a modal dialog: other reports keep loading and
// the window keeps the keys meanwhile.
class PasswordPrompt : public QObject
{
    Q_OBJECT
public:
    PasswordPrompt(ReportStore *store, LoadController *loads, QWidget *dialogParent);
    void ask(EntryId entry, bool wrongPassword = false);

private:
    ReportStore *m_store;
    LoadController *m_loads;
    QWidget *m_parent;
};

} // namespace ledgerlens
