import BitextText

/// The pieces of a TMX 1.4b file, shared by the alignment exporter and the memory's export.
public enum TMXMarkup {
    /// `<tu>` attributes the TMX DTD allows; others a tool invented are kept in the memory but not written.
    static let unitAttributeOrder = ["tuid", "creationdate", "creationid", "changedate", "changeid", "usagecount", "lastusagedate",
                                     "o-encoding", "datatype", "creationtool", "creationtoolversion", "segtype", "o-tmf", "srclang"]

    public static func header(srclang: String, creationDate: String, toolVersion: String, props: [(String, String)] = []) -> String {
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE tmx SYSTEM "tmx14.dtd">
        <tmx version="1.4">
          <header creationtool="Bitext" creationtoolversion="\(XMLText.escape(toolVersion, attribute: true))" segtype="sentence" o-tmf="Bitext" adminlang="en" srclang="\(XMLText.escape(srclang, attribute: true))" datatype="plaintext" creationdate="\(creationDate)">

        """
        for (type, value) in props {
            out += "    <prop type=\"\(XMLText.escape(type, attribute: true))\">\(XMLText.escape(value))</prop>\n"
        }
        out += "  </header>\n  <body>\n"
        return out
    }

    public static let footer = "  </body>\n</tmx>\n"

    /// One `<tu>`: attributes in the DTD's order, props, notes, then one `<tuv>` per variant.
    public static func unit(_ tu: TranslationUnit) -> String {
        var out = "    <tu"
        // Sized for the unit's texts and markup: appending grew the string several times a unit.
        out.reserveCapacity(tu.variants.reduce(320) { $0 + $1.text.utf8.count + 64 })
        for key in unitAttributeOrder {
            // The unit's own id, where it has one, in place of an attribute of that name.
            if let value = key == "tuid" ? tu.tuid ?? tu.attributes[key] : tu.attributes[key] {
                out += " \(key)=\"\(XMLText.escape(value, attribute: true))\""
            }
        }
        out += ">\n"
        for (type, value) in tu.props {
            out += "      <prop type=\"\(XMLText.escape(type, attribute: true))\">\(XMLText.escape(value))</prop>\n"
        }
        for note in tu.notes {
            out += "      <note>\(XMLText.escape(note))</note>\n"
        }
        for (language, text) in tu.variants {
            out += "      <tuv xml:lang=\"\(XMLText.escape(language, attribute: true))\"><seg>\(XMLText.escape(text))</seg></tuv>\n"
        }
        out += "    </tu>\n"
        return out
    }
}
