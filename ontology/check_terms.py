#!/usr/bin/env python3
"""Check that ontology/blotter.ttl declares exactly the blt: terms listed in docs/vocabulary.md.

For every blt: term named in docs/vocabulary.md (tables, lists and prose) the ontology must give
  * an rdf:type (owl:Class, owl:ObjectProperty, owl:DatatypeProperty, skos:ConceptScheme or
    skos:Concept), of the kind the document's section implies,
  * an English rdfs:label and an English rdfs:comment (concepts: an English skos:prefLabel instead
    of the comment is enough, and they must be in a scheme),
  * for properties, an rdfs:domain and an rdfs:range.
No blt: term may be declared, or used anywhere in the ontology, that docs/vocabulary.md does not list.

Usage: python3 check_terms.py   (no arguments; paths are relative to this file). Needs rdflib.
Exit status 0 when everything checks, 1 otherwise.
"""
import re
import sys
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

HERE = Path(__file__).resolve().parent
ONTOLOGY = HERE / "blotter.ttl"
VOCABULARY = HERE.parent / "docs" / "vocabulary.md"

BLT = Namespace("https://w3id.org/blotter/ontology#")
TERM_RE = re.compile(r"\bblt:([A-Za-z][A-Za-z0-9_]*)")
KNOWN_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, SKOS.ConceptScheme, SKOS.Concept}
PROPERTY_TYPES = {OWL.ObjectProperty, OWL.DatatypeProperty}


def listed_terms(text):
    """All blt: local names in the document, each with the kind of term its first mention implies:
    a row of the classes table -> "class"; the concept-scheme paragraph after that table ->
    "skos" (a scheme or a concept); the properties sections -> "property"; elsewhere -> None."""
    terms = {}
    section = None
    for line in text.splitlines():
        if line.startswith("## "):
            heading = line[3:].strip().lower()
            section = ("class" if heading.startswith("classes")
                       else "property" if heading.startswith("properties") else None)
        kind = section
        if section == "class" and not line.lstrip().startswith("|"):
            kind = "skos"
        for name in TERM_RE.findall(line):
            terms.setdefault(name, kind)
    return terms


def has_en(graph, subject, predicate):
    return any(isinstance(o, Literal) and o.language == "en" and str(o).strip()
               for o in graph.objects(subject, predicate))


def main():
    graph = Graph()
    graph.parse(ONTOLOGY, format="turtle")
    terms = listed_terms(VOCABULARY.read_text(encoding="utf-8"))

    expected_types = {
        "class": {OWL.Class},
        "property": PROPERTY_TYPES,
        "skos": {SKOS.ConceptScheme, SKOS.Concept},
        None: KNOWN_TYPES,
    }
    problems = []
    for name, kind in sorted(terms.items()):
        iri = BLT[name]
        types = set(graph.objects(iri, RDF.type))
        if not types & KNOWN_TYPES:
            problems.append(f"blt:{name}: not declared (no owl:Class / owl:*Property / skos:* type)")
            continue
        if not types & expected_types[kind]:
            problems.append(f"blt:{name}: listed as a {kind} but typed "
                            + ", ".join(graph.namespace_manager.normalizeUri(t) for t in types))
        if not has_en(graph, iri, RDFS.label):
            problems.append(f"blt:{name}: no rdfs:label @en")
        if SKOS.Concept in types:
            if not has_en(graph, iri, SKOS.prefLabel):
                problems.append(f"blt:{name}: concept without skos:prefLabel @en")
            if (iri, SKOS.inScheme, None) not in graph:
                problems.append(f"blt:{name}: concept without skos:inScheme")
        elif not has_en(graph, iri, RDFS.comment):
            problems.append(f"blt:{name}: no rdfs:comment @en")
        if types & PROPERTY_TYPES:
            for predicate, what in ((RDFS.domain, "rdfs:domain"), (RDFS.range, "rdfs:range")):
                if (iri, predicate, None) not in graph:
                    problems.append(f"blt:{name}: property without {what}")

    # nothing in the blt: namespace beyond what the document lists, declared or merely used
    used = {str(node)[len(str(BLT)):] for triple in graph for node in triple
            if isinstance(node, URIRef) and str(node).startswith(str(BLT))}
    declared = {str(s)[len(str(BLT)):] for s in graph.subjects(RDF.type, None)
                if isinstance(s, URIRef) and str(s).startswith(str(BLT))}
    for name in sorted(declared - set(terms)):
        problems.append(f"blt:{name}: declared in the ontology but not listed in docs/vocabulary.md")
    for name in sorted(used - declared - set(terms)):
        problems.append(f"blt:{name}: used in the ontology but neither declared nor listed")

    counts = {}
    for name in terms:
        for t in graph.objects(BLT[name], RDF.type):
            if t in KNOWN_TYPES:
                key = graph.namespace_manager.normalizeUri(t)
                counts[key] = counts.get(key, 0) + 1
    print(f"{ONTOLOGY.name}: {len(graph)} triples; {VOCABULARY.name}: {len(terms)} blt: terms "
          f"({', '.join(f'{v} {k}' for k, v in sorted(counts.items()))})")
    if problems:
        print(f"FAIL: {len(problems)} problem(s)")
        for p in problems:
            print("  - " + p)
        return 1
    print("OK: every listed term is declared with a type, label and comment; no unlisted blt: terms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
