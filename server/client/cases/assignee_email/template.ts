/**
 * The HTML of the mail to new assignees (mustache; every value escaped by `{{ }}`). Tables and
 * inline styles because that is what mail clients render; the colours are Kibana's badges.
 */
export const ASSIGNEE_EMAIL_TEMPLATE = `<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{title}}</title>
  </head>
  <body style="margin:0;padding:0;background:#F5F7FA;font-family:Inter,Helvetica,Arial,sans-serif;color:#343741;">
    <table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="padding:24px 0;">
      <tr>
        <td align="center">
          <table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#FFFFFF;border-radius:6px;padding:24px;">
            <tr><td style="font-size:14px;color:#69707D;padding-bottom:8px;">You are assigned to an Elastic Case</td></tr>
            <tr><td style="font-size:22px;font-weight:700;padding-bottom:16px;">{{title}}</td></tr>
            <tr>
              <td style="padding-bottom:16px;">
                <span style="display:inline-block;padding:2px 8px;border-radius:3px;background:{{statusColor}};font-size:12px;">{{status}}</span>
                <span style="display:inline-block;padding:2px 8px;border-radius:3px;background:{{severityColor}};font-size:12px;">{{severity}}</span>
              </td>
            </tr>
            {{#hasTags}}
            <tr>
              <td style="padding-bottom:16px;">
                {{#tags}}<span style="display:inline-block;margin-right:4px;padding:2px 8px;border-radius:3px;background:#E0E5EE;font-size:12px;">{{.}}</span>{{/tags}}
                {{#moreTags}}<span style="font-size:12px;color:#69707D;">+{{moreTags}}</span>{{/moreTags}}
              </td>
            </tr>
            {{/hasTags}}
            <tr><td style="font-size:14px;line-height:1.5;white-space:pre-wrap;padding-bottom:24px;">{{description}}</td></tr>
            {{#url}}
            <tr>
              <td>
                <a href="{{url}}" style="display:inline-block;padding:8px 16px;border-radius:4px;background:#0077CC;color:#FFFFFF;text-decoration:none;font-size:14px;">View case</a>
              </td>
            </tr>
            {{/url}}
          </table>
          <p style="font-size:12px;color:#69707D;">&copy; {{currentYear}} Elasticsearch B.V. Elastic Cases</p>
        </td>
      </tr>
    </table>
  </body>
</html>
`;
