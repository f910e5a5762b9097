#pragma once

#include <QObject>

namespace ledgerlens {

class ReportStore;

// Keeps the analyst's user mappings in the user's settings ("mappings/user",
// JSON as in the workspace format), so a company's captions stay mapped in
// every workspace: read into the store at start, written on every change.
class UserMappingSettings : public QObject
{
    Q_OBJECT
public:
    explicit UserMappingSettings(ReportStore *store, QObject *parent = nullptr);

private:
    void save() const;
    ReportStore *m_store;
};

} // namespace ledgerlens
