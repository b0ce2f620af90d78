#pragma once
// The materials checklist of 附件2 and 附件3 (DESIGN §2): the items every filing is
// checked against, in the order of the notice.

#include "core/filing/Filing.h"

namespace jd::checklist {

struct ItemDef
{
    const char* key;
    const char* group;
    const char* label;
    bool mandatory;
};

const QList<ItemDef>& items();
const ItemDef* find(const QString& key);

} // namespace jd::checklist
