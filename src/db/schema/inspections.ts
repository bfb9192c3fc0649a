// Inspection and supervision of cells by their committee (migration 0022).

export interface InspectionTable {
  id: string;
  committee_id: string;
  cell_id: string;
  year: number;
  kind: 'inspection' | 'supervision';
  content: string;
  planned_on: string;
  created_by: string | null;
  created_at: string;
  visited_on: string | null;
  findings: string | null;
  assessment: string | null;
  rubric_level: string | null;
  visit_recorded_by: string | null;
  conclusion: string | null;
  conclusion_number: number | null;
  conclusion_issued_on: string | null;
  conclusion_issued_by: string | null;
  conclusion_document_json: string | null;
  closed_on: string | null;
  updated_at: string;
}

export interface InspectionPersonTable {
  inspection_id: string;
  person_id: string;
  part: 'team' | 'visitor';
}

export interface InspectionRequestTable {
  id: string;
  inspection_id: string;
  position: number;
  text: string;
  due_on: string;
  status: 'open' | 'answered' | 'closed';
  answer: string | null;
  answered_on: string | null;
  answered_by: string | null;
  review_note: string | null;
  closed_on: string | null;
  closed_by: string | null;
  updated_at: string;
}
