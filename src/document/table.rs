//! Tables with more than two columns: each row's cells named by their column.
//!
//! The HTML and Markdown readers write a table's heading row as a line of cells apart
//! ("Commodity ; Number of seizures ; Quantity seized ; Estimated value") and each body row
//! as a list entry ("- Cocaine ; 9 ; 1,134 kg ; $113.4 million"). With two columns the
//! second cell is plainly the first one's quantity; with more, a bare "9" could be a count
//! of seizures, a quantity or a value. This module writes each cell after the first with
//! its column's heading ("- Cocaine ; Number of seizures: 9 ; Quantity seized: 1,134 kg ;
//! Estimated value: $113.4 million"), so the seizure detector can tell which is which.

/// Cells of a table line: the text between " ; " separators.
fn cells(line: &str) -> Vec<&str> {
    line.split(" ; ").map(str::trim).collect()
}

/// `text` with the body rows of tables of three or more columns labelled by their headings.
/// Everything else is returned as it was.
pub fn label_cells(text: &str) -> String {
    if !text.contains(" ; ") {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut header: Option<Vec<String>> = None;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let ending = &line[body.len()..];
        if body.trim().is_empty() {
            out.push_str(line);
            continue;
        }
        match body.strip_prefix("- ") {
            Some(row) => {
                let row_cells = cells(row);
                match &header {
                    Some(h) if h.len() == row_cells.len() => {
                        out.push_str("- ");
                        out.push_str(row_cells[0]);
                        for (name, cell) in h.iter().zip(&row_cells).skip(1) {
                            out.push_str(" ; ");
                            if !name.is_empty() && !cell.is_empty() {
                                out.push_str(name);
                                out.push_str(": ");
                            }
                            out.push_str(cell);
                        }
                        out.push_str(ending);
                    }
                    _ => out.push_str(line),
                }
            }
            None => {
                let c = cells(body);
                header = (c.len() >= 3 && c.iter().all(|x| x.len() <= 60 && !x.ends_with(':')))
                    .then(|| c.iter().map(|x| x.to_string()).collect());
                out.push_str(line);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_of_three_or_more_cells_is_labelled_by_the_heading() {
        let t = "Results:\n\nCommodity ; Number of seizures ; Quantity seized\n\n- Cocaine ; 9 ; 1,134 kg\n\n- Fentanyl ; 14 ; 4.9 kg\n\nAfter.\n";
        let got = label_cells(t);
        assert!(
            got.contains("- Cocaine ; Number of seizures: 9 ; Quantity seized: 1,134 kg\n"),
            "{got}"
        );
        assert!(
            got.contains("- Fentanyl ; Number of seizures: 14 ; Quantity seized: 4.9 kg\n"),
            "{got}"
        );
        assert!(got.ends_with("After.\n"));
    }

    #[test]
    fn two_columns_and_plain_lists_stay_as_they_are() {
        let t = "Item ; Quantity\n- Cocaine ; 120 kg\n";
        assert_eq!(label_cells(t), t);
        // a prose line between the heading and the list ends the table
        let t = "A ; B ; C\nSome prose.\n- x ; 1 ; 2\n";
        assert_eq!(label_cells(t), t);
        let t = "- a ; b ; c\n";
        assert_eq!(label_cells(t), t);
    }
}
