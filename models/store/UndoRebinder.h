#pragma once

// After an entry is re-extracted (reload, retry, relocation), rebuilds the undo
// history with every command re-bound to the new extraction; a command (or a
// macro holding one) whose cell no longer exists is dropped, the others keep
// their order, the current index and the clean (saved) point. The commands are
// pushed back without being applied: the caller mutes its EditSink meanwhile.

#include "StoreTypes.h"

class QUndoStack;

namespace ledgerlens {

struct Report;

// Returns how many top-level commands were dropped.
int rebindUndoStack(QUndoStack *stack, EntryId id, const Report &extracted);

} // namespace ledgerlens
