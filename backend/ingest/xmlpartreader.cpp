// SPDX-License-Identifier: MIT
#include "ingest/xmlpartreader.h"

namespace Protostar {

XmlPartReader::XmlPartReader(const QByteArray &bytes)
    : m_xml(bytes)
{
}

bool XmlPartReader::next()
{
    while (!m_tooDeep && !m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement && ++m_depth > kMaxDepth) {
            m_tooDeep = true;
            return false;
        }
        if (token == QXmlStreamReader::EndElement)
            --m_depth;
        if (m_skipFrom > 0) {
            if (token == QXmlStreamReader::EndElement && m_depth < m_skipFrom)
                m_skipFrom = 0;
            continue;
        }
        if (token == QXmlStreamReader::StartElement || token == QXmlStreamReader::EndElement
            || token == QXmlStreamReader::Characters)
            return true;
    }
    return false;
}

QString XmlPartReader::attribute(QStringView localName) const
{
    for (const QXmlStreamAttribute &a : m_xml.attributes()) {
        if (a.name() == localName)
            return a.value().toString();
    }
    return {};
}

} // namespace Protostar
