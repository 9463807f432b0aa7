import { type MouseEvent } from 'react';
import {
  EuiHeader,
  EuiHeaderLink,
  EuiHeaderLinks,
  EuiHeaderSection,
  EuiHeaderSectionItem,
  EuiIcon,
  EuiTitle,
  useEuiTheme,
} from '@elastic/eui';
import { css } from '@emotion/react';
import { type App } from '../application_service';
import { useCore } from '../core_context';
import { getAppBasePath } from '../space_url';
import { getManagementLinks, SECURITY_MANAGEMENT_APP_ID } from '../security_management/register';
import { SpaceSwitcher } from './space_switcher';
import { UserMenu } from './user_menu';

/** Left clicks stay in the page; modified clicks (new tab, new window) keep the plain href. */
function isPlainLeftClick(event: MouseEvent) {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

export function Header({ apps, activeAppId }: { apps: App[]; activeAppId?: string }) {
  const core = useCore();
  // An app the caller may not open has no link: a link to a page that refuses them is noise.
  const shownApps = apps.filter((app) => app.isAvailable?.(core.capabilities) ?? true);
  const { euiTheme } = useEuiTheme();
  const linkTo = (appId: string, path?: string) => ({
    href: `${getAppBasePath(core.spaceId, appId)}${path ?? ''}`,
    onClick: (event: MouseEvent) => {
      if (!isPlainLeftClick(event)) return;
      event.preventDefault();
      if (path) core.navigateToApp(appId, { path });
      else core.navigateToApp(appId);
    },
  });

  // EUI's EuiHeaderLogo only draws the Elastic mark, so the product mark is built from parts.
  const brandCss = css`
    display: inline-flex;
    align-items: center;
    gap: ${euiTheme.size.s};
    padding-inline: ${euiTheme.size.s};
    color: inherit;
    text-decoration: none;
  `;

  return (
    <EuiHeader data-test-subj="headerGlobalNav" position="static">
      <EuiHeaderSection>
        <EuiHeaderSectionItem>
          <a css={brandCss} data-test-subj="headerLogo" aria-label={`${core.branding.productName} home`} {...linkTo(core.branding.defaultAppId)}>
            <EuiIcon type="logoSecurity" size="l" aria-hidden />
            <EuiTitle size="xs">
              <span>{core.branding.productName}</span>
            </EuiTitle>
          </a>
        </EuiHeaderSectionItem>
        <EuiHeaderSectionItem>
          <SpaceSwitcher />
        </EuiHeaderSectionItem>
        <EuiHeaderSectionItem>
          {/* Below EUI's `l` breakpoint (992 px) six links and a space badge no longer fit on one line: they fold into a menu. */}
          <EuiHeaderLinks popoverBreakpoints={['xs', 's', 'm']} aria-label="Applications">
            {shownApps.map((app) =>
              // Stack Management is one app with a link per page the caller may open (users and roles, connectors).
              app.id === SECURITY_MANAGEMENT_APP_ID ? (
                getManagementLinks(core.capabilities, core.location.getCurrentPath()).map((link) => (
                  <EuiHeaderLink
                    key={link.testSubj}
                    data-test-subj={link.testSubj}
                    iconType={link.iconType}
                    isActive={app.id === activeAppId && link.isCurrent}
                    {...linkTo(app.id, link.path)}
                  >
                    {link.title}
                  </EuiHeaderLink>
                ))
              ) : (
                <EuiHeaderLink
                  key={app.id}
                  data-test-subj={`appLink-${app.id}`}
                  iconType={app.euiIconType}
                  isActive={app.id === activeAppId}
                  {...linkTo(app.id)}
                >
                  {app.title}
                </EuiHeaderLink>
              ),
            )}
          </EuiHeaderLinks>
        </EuiHeaderSectionItem>
      </EuiHeaderSection>
      <EuiHeaderSection side="right">
        <EuiHeaderSectionItem>
          <UserMenu />
        </EuiHeaderSectionItem>
      </EuiHeaderSection>
    </EuiHeader>
  );
}
