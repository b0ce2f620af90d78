#pragma once
// 赋码通知: tells a published enterprise its OrgSerial and how its certificate numbers
// are built (人社鉴发〔2019〕2号), with an example of its own.

#include "core/documents/PrintableDocument.h"
#include "core/numbering/CertificateNumber.h"

#include <QDate>

namespace jd {

PrintableDocument assignmentNotice(const QString& enterpriseName, const QString& uscc, int orgSerial,
                                   const QDate& assigned, const CertificateNumber& example);

} // namespace jd
