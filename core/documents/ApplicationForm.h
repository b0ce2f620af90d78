#pragma once
// The filled 附件1 《职业技能等级认定机构备案申请表》 in its official table layout.

#include "core/documents/PrintableDocument.h"
#include "core/registry/Enterprise.h"

namespace jd {

PrintableDocument applicationForm(const Enterprise& e);

} // namespace jd
