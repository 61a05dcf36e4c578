// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QXmlStreamReader>

namespace Protostar {

// Walks one XML part of an office package (DOCX, HWPX) element by element, refusing to nest deeper than
// kMaxDepth and skipping whole elements by counting depth, so a hostile part can neither grow the stack
// nor recurse. A plain value for one thread.
class XmlPartReader
{
public:
    // Word and Hangul nest a few dozen elements deep (tables in text boxes in tables); libxml2 refuses beyond
    // 256 too. Without a bound a small zip of "<x><x><x>..." makes QXmlStreamReader's stack grow to gigabytes.
    static constexpr int kMaxDepth = 256;

    explicit XmlPartReader(const QByteArray &bytes);

    // Moves to the next start element, end element or text outside a skipped element. False at the end of
    // the part, on an XML error (hasError()) or when an element opens deeper than kMaxDepth (tooDeep()).
    bool next();
    bool isStartElement() const { return m_xml.tokenType() == QXmlStreamReader::StartElement; }
    bool isEndElement() const { return m_xml.tokenType() == QXmlStreamReader::EndElement; }
    bool isCharacters() const { return m_xml.tokenType() == QXmlStreamReader::Characters; }
    // Called on a start element: next() passes over everything up to and including its end element, counting
    // depth (QXmlStreamReader::skipCurrentElement() would nest without the depth bound).
    void skipElement() { m_skipFrom = m_depth; }

    QStringView name() const { return m_xml.name(); }
    QStringView namespaceUri() const { return m_xml.namespaceUri(); }
    QStringView text() const { return m_xml.text(); }
    // The current start element's attribute by local name, whatever its prefix; empty when absent.
    QString attribute(QStringView localName) const;

    bool tooDeep() const { return m_tooDeep; }
    bool hasError() const { return m_xml.hasError(); }
    QString errorString() const { return m_xml.errorString(); }

private:
    QXmlStreamReader m_xml;
    int m_depth = 0;    // elements open after the current token
    int m_skipFrom = 0; // > 0 inside an element skipped whole, which opened at this depth
    bool m_tooDeep = false;
};

} // namespace Protostar
