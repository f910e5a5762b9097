#pragma once

#include "PageText.h"

#include <QSet>
#include <QString>

namespace ledgerlens {

// The name of the company (or fund) a filing is about. Every line that reads
// like a name ("... Holdings Limited", "... Index ETF", "...有限公司", a name
// wrapped over two lines) is a candidate; evidence adds up per name: set large
// on the cover, repeated at the top of pages, beside "(Stock code" or
// "(incorporated in", printed on the statement pages. A name beside a role
// (trustee, manager, auditor, registrar, a director's title) loses: those
// are the filing's agents and officers, not its subject.
class CompanyName
{
public:
    // statementPages: 1-based pages of the recognised statements.
    static QString find(const DocumentText &doc, const QSet<int> &statementPages);
};

} // namespace ledgerlens
