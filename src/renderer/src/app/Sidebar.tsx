import { Icon } from '../components/Icon';
import { AccountSwitcher } from './AccountSwitcher';
import { pages, type PageDef } from './routes';
import { Link } from './router';

const sections: NonNullable<PageDef['section']>[] = ['Insights', 'Strategy', 'Data'];

export function Sidebar() {
  return (
    <aside className="sidebar">
      <div className="brand">
        <span className="brand-mark">
          <Icon name="logo" size={18} />
        </span>
        Followscope
      </div>
      <AccountSwitcher />
      <nav className="nav" aria-label="Pages">
        {sections.map((section) => (
          <div key={section} className="nav">
            <div className="nav-section">{section}</div>
            {pages
              .filter((p) => p.section === section)
              .map((p) => (
                <Link key={p.id} to={p.id} className="nav-link" data-testid={`nav-${p.id}`}>
                  <Icon name={p.icon} />
                  {p.label}
                </Link>
              ))}
          </div>
        ))}
      </nav>
      <div className="sidebar-footer">
        <Icon name="lock" size={14} />
        Offline · your data stays on this computer
      </div>
    </aside>
  );
}
