#pragma once

// The item data roles of every model in Ledgerlens, in one enum, so a role
// means the same thing in each model, delegate, chart and exporter (a view or
// exporter never has to ask a model what number its "CurrencyRole" is).
// A model answers the roles it has and returns an invalid QVariant for others.

#include "domain/Report.h"
#include "store/StoreTypes.h"

#include <QMetaType>
#include <QObject>

namespace ledgerlens {

namespace ItemRoles {
Q_NAMESPACE

enum Role {
    // --- cells: a figure -------------------------------------------------------
    ExactValueRole = Qt::UserRole + 1, // QString exact decimal in the display unit ("" = nil)
    SourceRole,          // CellSource: where the figure is printed
    SourcePageRole,      // int, 1-based (0 = none)
    SourceBoxRole,       // QRectF in PDF points
    EntryIdRole,         // int
    TableKindRole,       // int(TableKind)
    TableRowRole,        // int, row in that entry's table (-1 if the entry lacks the row)
    ColumnIndexRole,     // int, column in that entry's table (-1 for a row's label/key)
    RowKindRole,         // int(RowKind)
    IsCorrectedRole,     // bool
    OriginalValueRole,   // QString exact extracted value ("" = nil); invalid if not corrected
    CorrectionNoteRole,  // QString
    CheckFailedRole,     // bool: the cell is part of a failing arithmetic check
    RestatedRole,        // bool: another report prints this period with a different figure
    CanonicalRole,       // QString taxonomy key
    LabelRole,           // QString printed label (this entry's, else the row's)
    DerivedLabelRole,    // bool (vertical header): the label shown is derived from the arithmetic
    PerShareRole,        // bool: a per-share figure, in its own unit (never scaled)
    ValueUnitRole,       // QString: a per-share row's unit ("HK cents"), "" when not printed
    CurrencyRole,        // QString (cell or horizontal header)
    ShareRole,           // double percent of the column (revenue mix)
    DetailRole,          // QString how a chart figure was derived
    // --- column headers: one report's period ----------------------------------------
    HeaderCompanyRole,   // QString
    HeaderPeriodRole,    // QString
    HeaderPeriodEndRole, // QDate
    HeaderSegmentRole,   // QString
    HeaderLinesRole,     // QStringList: short company, period, [segment], unit shown
    HeaderPeriodFormsRole, // QStringList: the period, longest to shortest, for a narrow heading
    // --- checks -----------------------------------------------------------------
    RowsRole,            // QVariantList of int: rows involved, total last
    OkRole,              // bool
    ExactRole,           // QString exact decimal (Expected/Computed/Difference)
    // --- corrections ------------------------------------------------------------
    RowRole,             // int row of the table
    FieldRole,           // int(Correction::Field)
    MismatchedRole,      // bool
    MismatchIndexRole,   // int: index in the entry's mismatched corrections
    // --- reports list -----------------------------------------------------------
    PathRole,            // QString
    LoadPhaseRole,       // int(LoadState::Phase)
    LoadProgressRole,    // double 0..1 while Loading, 1 when Ready
    FailureReasonRole,   // QString
    ReviewedTablesRole,  // int
    ReviewableTablesRole, // int
    PeriodEndRole,       // QDate
    WarningsRole,        // QStringList: the extractor's warnings, in the UI language
};
Q_ENUM_NS(Role)

} // namespace ItemRoles

// SourceRole's value: the report and the place a figure is printed.
struct CellSource
{
    EntryId entry = 0;
    QString path;      // the report's PDF
    SourceRef ref;     // page (1-based) and box in PDF points
    bool isValid() const { return entry != 0 && ref.isValid(); }
};

} // namespace ledgerlens

Q_DECLARE_METATYPE(ledgerlens::CellSource)
