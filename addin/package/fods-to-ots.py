#!/usr/bin/env python3
# SPDX-License-Identifier: MPL-2.0
"""Turns a flat ODF spreadsheet into a spreadsheet template package:
fods-to-ots.py IN.fods OUT.ots

LibreOffice's template manager lists Calc templates only by the extensions
.ots, .stc, .xlt, .xltm and .xltx, so the flat sources in templates/ become
.ots packages at build time. The flat document is split the way an .ots
holds it: content.xml (the body and the automatic styles of the cells),
styles.xml (common styles, master pages and the page layouts they use),
meta.xml, settings.xml, one folder per embedded chart, the replacement
images of the charts, and META-INF/manifest.xml. The mimetype comes first and
is stored uncompressed; every entry gets a fixed timestamp so the same source
gives the same bytes.

The template manager shows a template's title (dc:title); a source without
one is titled after its file name ("working-calendar" gives "Working
calendar")."""
import base64
import os
import sys
import zipfile
from xml.dom import minidom

FIXED_TIME = (2026, 1, 1, 0, 0, 0)
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
DC = "http://purl.org/dc/elements/1.1/"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
XLINK = "http://www.w3.org/1999/xlink"
MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
TEMPLATE_TYPES = {
    "application/vnd.oasis.opendocument.spreadsheet":
        "application/vnd.oasis.opendocument.spreadsheet-template",
}


class Package:
    """The entries of the package in the order they are written."""

    def __init__(self):
        self.entries = []   # (path, bytes)
        self.manifest = []  # (path, media type, version or None)

    def add(self, path, data, media_type):
        self.entries.append((path, data))
        self.manifest.append((path, media_type, None))


def children(element, namespace, local=None):
    return [n for n in element.childNodes
            if n.nodeType == n.ELEMENT_NODE and n.namespaceURI == namespace
            and (local is None or n.localName == local)]


def part(source_root, name, nodes):
    """A document part named office:@name holding copies of @nodes, with
    every namespace the flat root declares (formulas and chart classes use
    prefixes inside attribute values, so all of them must stay declared)."""
    doc = minidom.Document()
    prefix = source_root.prefix or "office"
    root = doc.createElementNS(OFFICE, "%s:%s" % (prefix, name))
    for i in range(source_root.attributes.length):
        attr = source_root.attributes.item(i)
        if attr.name.startswith("xmlns") or attr.localName == "version":
            root.setAttribute(attr.name, attr.value)
    doc.appendChild(root)
    for node in nodes:
        root.appendChild(doc.importNode(node, True))
    return doc.toxml(encoding="UTF-8")


def style_names(element):
    """The names of the styles referred to anywhere under @element."""
    names = set()
    stack = [element]
    while stack:
        node = stack.pop()
        if node.nodeType != node.ELEMENT_NODE:
            continue
        for i in range(node.attributes.length):
            attr = node.attributes.item(i)
            if attr.localName and (attr.localName.endswith("style-name")
                                   or attr.localName == "page-layout-name"):
                names.add(attr.value)
        stack.extend(node.childNodes)
    return names


def split_automatic_styles(automatic, masters):
    """(for content.xml, for styles.xml): page layouts and what the master
    pages use go to styles.xml, every other automatic style to content.xml."""
    content, styles = [], []
    if automatic is None:
        return content, styles
    used = set()
    for master in masters:
        used |= style_names(master)
    for node in automatic.childNodes:
        if node.nodeType != node.ELEMENT_NODE:
            continue
        name = node.getAttributeNS(STYLE, "name")
        if node.namespaceURI == STYLE and node.localName == "page-layout":
            styles.append(node)
            continue
        content.append(node)
        if name in used:
            styles.append(node)
    return content, styles


def image_type(data):
    if data.startswith(b"\x89PNG"):
        return "png", "image/png"
    if data.startswith(b"VCLMTF"):
        return "svm", "application/x-openoffice-gdimetafile;windows_formatname=\"GDIMetaFile\""
    if data.lstrip().startswith(b"<"):
        return "svg", "image/svg+xml"
    return "bin", "application/octet-stream"


def move_binaries(root, package, folder, counter):
    """Stores the base64 images of draw:image elements under @folder as files
    (a chart's replacement image under ObjectReplacements/, others under
    Pictures/) and links them."""
    for image in root.getElementsByTagNameNS(DRAW, "image"):
        binaries = children(image, OFFICE, "binary-data")
        if not binaries:
            continue
        data = base64.b64decode("".join(t.data for t in binaries[0].childNodes
                                        if t.nodeType == t.TEXT_NODE))
        image.removeChild(binaries[0])
        frame = image.parentNode
        objects = [n for n in frame.childNodes if n.nodeType == n.ELEMENT_NODE
                   and n.namespaceURI == DRAW and n.localName == "object"]
        ext, media_type = image_type(data)
        if objects and objects[0].getAttributeNS(XLINK, "href"):
            href = "ObjectReplacements/" + objects[0].getAttributeNS(XLINK, "href")[2:]
        else:
            counter[0] += 1
            href = "Pictures/image%d.%s" % (counter[0], ext)
        package.add(folder + href, data, media_type)
        image.setAttributeNS(XLINK, "xlink:href", href)
        image.setAttributeNS(XLINK, "xlink:type", "simple")
        image.setAttributeNS(XLINK, "xlink:show", "embed")
        image.setAttributeNS(XLINK, "xlink:actuate", "onLoad")


def split(root, package, folder, objects):
    """Splits the flat document @root into parts under @folder ("" for the
    package itself, "Object 1/" for a chart); returns its media type."""
    # Embedded objects (charts) become sub-folders first, depth first.
    for obj in root.getElementsByTagNameNS(DRAW, "object"):
        inner = children(obj, OFFICE, "document")
        if not inner:
            continue
        objects[0] += 1
        name = "Object %d" % objects[0]
        sub = inner[0]
        # The inner document inherits the namespaces declared above it.
        for i in range(root.attributes.length):
            attr = root.attributes.item(i)
            if attr.name.startswith("xmlns") and not sub.hasAttribute(attr.name):
                sub.setAttribute(attr.name, attr.value)
        media_type = split(sub, package, folder + name + "/", objects)
        package.manifest.append((folder + name + "/", media_type,
                                 sub.getAttributeNS(OFFICE, "version") or None))
        obj.removeChild(sub)
        obj.setAttributeNS(XLINK, "xlink:href", "./" + name)
        obj.setAttributeNS(XLINK, "xlink:type", "simple")
        obj.setAttributeNS(XLINK, "xlink:show", "embed")
        obj.setAttributeNS(XLINK, "xlink:actuate", "onLoad")
    move_binaries(root, package, folder, [0])

    def one(local):
        found = children(root, OFFICE, local)
        return found[0] if found else None

    fonts = one("font-face-decls")
    masters = children(root, OFFICE, "master-styles")
    auto_content, auto_styles = split_automatic_styles(one("automatic-styles"), masters)
    doc = minidom.Document()

    def automatic(nodes):
        holder = doc.createElementNS(OFFICE, "office:automatic-styles")
        for node in nodes:
            holder.appendChild(node.cloneNode(True))
        return holder

    content = [n for n in (one("scripts"), fonts) if n is not None]
    content += [automatic(auto_content)] + children(root, OFFICE, "body")
    styles = [n for n in (fonts, one("styles")) if n is not None]
    styles += [automatic(auto_styles)] + masters
    package.add(folder + "content.xml", part(root, "document-content", content), "text/xml")
    package.add(folder + "styles.xml", part(root, "document-styles", styles), "text/xml")
    if one("meta") is not None:
        package.add(folder + "meta.xml", part(root, "document-meta", [one("meta")]), "text/xml")
    if one("settings") is not None:
        package.add(folder + "settings.xml",
                    part(root, "document-settings", [one("settings")]), "text/xml")
    return root.getAttributeNS(OFFICE, "mimetype")


def ensure_title(dom, root, path):
    """Gives the document a dc:title when it has none."""
    meta = children(root, OFFICE, "meta")
    if not meta:
        meta = [dom.createElementNS(OFFICE, "office:meta")]
        root.insertBefore(meta[0], root.firstChild)
    if meta[0].getElementsByTagNameNS(DC, "title"):
        return
    words = os.path.splitext(os.path.basename(path))[0].replace("-", " ")
    title = dom.createElementNS(DC, "dc:title")
    title.appendChild(dom.createTextNode(words[:1].upper() + words[1:]))
    meta[0].insertBefore(title, meta[0].firstChild)


def manifest_xml(mimetype, version, entries):
    doc = minidom.Document()
    root = doc.createElementNS(MANIFEST, "manifest:manifest")
    root.setAttribute("xmlns:manifest", MANIFEST)
    root.setAttribute("manifest:version", version)
    doc.appendChild(root)
    for path, media_type, entry_version in [("/", mimetype, version)] + entries:
        entry = doc.createElementNS(MANIFEST, "manifest:file-entry")
        entry.setAttribute("manifest:full-path", path)
        if entry_version:
            entry.setAttribute("manifest:version", entry_version)
        entry.setAttribute("manifest:media-type", media_type)
        root.appendChild(entry)
    return doc.toxml(encoding="UTF-8")


def convert(source, out):
    dom = minidom.parse(source)
    root = dom.documentElement
    if root.namespaceURI != OFFICE or root.localName != "document":
        sys.exit("%s: not a flat ODF document" % source)
    kind = root.getAttributeNS(OFFICE, "mimetype")
    if kind not in TEMPLATE_TYPES:
        sys.exit("%s: a flat spreadsheet is needed, not %r" % (source, kind))
    ensure_title(dom, root, source)
    package = Package()
    split(root, package, "", [0])
    mimetype = TEMPLATE_TYPES[kind]
    version = root.getAttributeNS(OFFICE, "version") or "1.3"
    with zipfile.ZipFile(out, "w") as ots:
        info = zipfile.ZipInfo("mimetype", FIXED_TIME)
        info.compress_type = zipfile.ZIP_STORED
        ots.writestr(info, mimetype.encode("ascii"))
        # Manifest entries use the order of the package, which is the
        # order of the source, so the bytes are the same on every build.
        files = package.entries + [
            ("META-INF/manifest.xml", manifest_xml(mimetype, version, package.manifest))]
        for path, data in files:
            info = zipfile.ZipInfo(path, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            ots.writestr(info, data)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    convert(sys.argv[1], sys.argv[2])
