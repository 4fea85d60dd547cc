// The two descriptions an LMS reads when a package is uploaded: imsmanifest.xml (SCORM 1.2, IMS Content
// Packaging 1.1.2 with the ADL SCORM 1.2 extensions) and cmi5.xml (cmi5 course structure). With completion
// per course there is one SCO / AU; per lesson there is one per lesson, each launched with `?les=<slug>` (and,
// in SCORM, `cmi.launch_data` "les=<slug>", for LMSs that drop the query).
import type { CompletionUnit } from './config';

/** What the manifests say about the course. */
export interface PackageDescription {
  title: string;
  description: string;
  /** The public address; cmi5 ids are IRIs under it. */
  publicAddress: string;
  completion: CompletionUnit;
  lessons: readonly { slug: string; title: string; order: number }[];
  /** Every file in the package (for SCORM's resource list), `imsmanifest.xml` itself excepted. */
  files: readonly string[];
}

interface Unit {
  id: string;
  title: string;
  launch: string;
  lessonSlug?: string;
}

function unitsOf(course: PackageDescription): Unit[] {
  if (course.completion === 'course') return [{ id: 'cursus', title: course.title, launch: 'lms.html' }];
  return [...course.lessons]
    .sort((a, b) => a.order - b.order)
    .map((lesson) => ({
      id: `les-${lesson.slug}`,
      title: `Les ${lesson.order}: ${lesson.title}`,
      launch: `lms.html?les=${lesson.slug}`,
      lessonSlug: lesson.slug,
    }));
}

/** imsmanifest.xml for SCORM 1.2. */
export function scormManifest(course: PackageDescription): string {
  const units = unitsOf(course);
  const items = units
    .map((unit) =>
      [
        `      <item identifier="item-${unit.id}" identifierref="sco-${unit.id}" isvisible="true">`,
        `        <title>${xml(unit.title)}</title>`,
        ...(unit.lessonSlug ? [`        <adlcp:datafromlms>les=${xml(unit.lessonSlug)}</adlcp:datafromlms>`] : []),
        '      </item>',
      ].join('\n'),
    )
    .join('\n');
  const scos = units
    .map((unit) =>
      [
        `    <resource identifier="sco-${unit.id}" type="webcontent" adlcp:scormtype="sco" href="${xml(unit.launch)}">`,
        '      <file href="lms.html"/>',
        '      <dependency identifierref="course-files"/>',
        '    </resource>',
      ].join('\n'),
    )
    .join('\n');
  const files = course.files.map((file) => `      <file href="${xml(file)}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="pettenwijzer-${course.completion}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="pettenwijzer">
    <organization identifier="pettenwijzer">
      <title>${xml(course.title)}</title>
${items}
    </organization>
  </organizations>
  <resources>
${scos}
    <resource identifier="course-files" type="webcontent" adlcp:scormtype="asset">
${files}
    </resource>
  </resources>
</manifest>
`;
}

/** cmi5.xml: the course structure, with the AU ids as IRIs under the public address. */
export function cmi5CourseStructure(course: PackageDescription): string {
  const base = `${course.publicAddress.replace(/\/$/, '')}/cmi5`;
  const text = (value: string) => `<langstring lang="nl-NL">${xml(value)}</langstring>`;
  const aus = unitsOf(course)
    .map((unit) =>
      [
        `  <au id="${base}/${unit.id}" moveOn="CompletedAndPassed" launchMethod="AnyWindow">`,
        `    <title>${text(unit.title)}</title>`,
        `    <description>${text(unit.lessonSlug ? `${unit.title}, met de kennischeck` : course.description)}</description>`,
        `    <url>${xml(unit.launch)}</url>`,
        '  </au>',
      ].join('\n'),
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${base}/course">
    <title>${text(course.title)}</title>
    <description>${text(course.description)}</description>
  </course>
${aus}
</courseStructure>
`;
}

function xml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
