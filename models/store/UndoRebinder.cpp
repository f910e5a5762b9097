#include "UndoRebinder.h"

#include "StoreCommands.h"
#include "domain/Report.h"

#include <QUndoStack>

namespace ledgerlens {

namespace {
// Whether the command (every child of a macro) still has its cell.
bool survives(const QUndoCommand *c, EntryId id, const Report &extracted)
{
    if (const auto *s = dynamic_cast<const StoreCommand *>(c)) {
        std::unique_ptr<StoreCommand> probe(s->clone(nullptr));
        return probe->rebind(id, extracted);
    }
    for (int i = 0; i < c->childCount(); ++i) {
        if (!survives(c->child(i), id, extracted))
            return false;
    }
    return true;
}

// A re-bound copy of a surviving command under parent.
QUndoCommand *rebound(const QUndoCommand *c, EntryId id, const Report &extracted, QUndoCommand *parent)
{
    if (const auto *s = dynamic_cast<const StoreCommand *>(c)) {
        std::unique_ptr<StoreCommand> moved(s->clone(nullptr));
        moved->rebind(id, extracted);
        return moved->clone(parent);
    }
    auto *macro = new QUndoCommand(c->text(), parent);
    for (int i = 0; i < c->childCount(); ++i)
        rebound(c->child(i), id, extracted, macro);
    return macro;
}
} // namespace

int rebindUndoStack(QUndoStack *stack, EntryId id, const Report &extracted)
{
    const int index = stack->index();
    const int clean = stack->cleanIndex();
    QVector<QUndoCommand *> kept;
    int newIndex = 0, newClean = clean < 0 ? -1 : 0;
    for (int i = 0; i < stack->count(); ++i) {
        const QUndoCommand *c = stack->command(i);
        if (!survives(c, id, extracted))
            continue;
        kept.append(rebound(c, id, extracted, nullptr));
        newIndex += i < index ? 1 : 0;
        if (clean >= 0)
            newClean += i < clean ? 1 : 0;
    }
    const int dropped = stack->count() - kept.size();
    stack->clear();
    for (QUndoCommand *c : kept)
        stack->push(c); // applies nothing: the sink is muted
    if (newClean >= 0) {
        stack->setIndex(newClean);
        stack->setClean();
    } else {
        stack->resetClean();
    }
    stack->setIndex(newIndex);
    return dropped;
}

} // namespace ledgerlens
