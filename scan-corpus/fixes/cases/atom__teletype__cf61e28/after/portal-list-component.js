const etch = require('etch')
const $ = etch.dom
const HostPortalBindingComponent = require('./host-portal-binding-component')
const GuestPortalBindingComponent = require('./guest-portal-binding-component')
const JoinPortalComponent = require('./join-portal-component')

module.exports =
class PortalListComponent {
  constructor (props) {
    this.props = props
    this.props.initializing = true
    etch.initialize(this)

    this.subscriptions = this.props.portalBindingManager.onDidChange(async () => {
      await this.fetchModel()
      etch.update(this)
    })

    this.fetchModel().then(() => {
      this.props.initializing = false
      etch.update(this)
    })
  }

  destroy () {
    this.subscriptions.dispose()
    return etch.destroy(this)
  }

  async fetchModel () {
    const {portalBindingManager} = this.props
    this.props.hostPortalBinding = await portalBindingManager.getHostPortalBinding()
    this.props.guestPortalBindings = await portalBindingManager.getGuestPortalBindings()
  }

  async update (props) {
    Object.assign(this.props, props)
    await this.fetchModel()
    return etch.update(this)
  }

  render () {
    if (this.props.initializing) {
      return $.div({className: 'PortalListComponent--initializing'},
        $.span({className: 'loading loading-spinner-tiny inline-block'})
      )
    } else {
      return $.div({className: 'PortalListComponent'},
        this.renderHostPortalBindingComponent(),
        this.renderGuestPortalBindingComponents(),
        $(JoinPortalComponent, {portalBindingManager: this.props.portalBindingManager})
      )
    }
  }

  renderHostPortalBindingComponent () {
    return $(HostPortalBindingComponent, {
      clipboard: this.props.clipboard,
      localUserIdentity: this.props.localUserIdentity,
      portalBindingManager: this.props.portalBindingManager,
      portalBinding: this.props.hostPortalBinding
    })
  }

  renderGuestPortalBindingComponents () {
    return this.props.guestPortalBindings.map((portalBinding) => (
      $(GuestPortalBindingComponent, {portalBinding})
    ))
  }
}
